import type { Client } from 'pg';

/** What the console figures render: a matrix of 100 services x 20 areas and 5,000 cycles. */
export const CONSOLE_SIZE = { services: 100, areas: 20, cyclesPerService: 50, waiting: 20 };

const STAGES = [
  'gap_identification',
  'root_cause_analysis',
  'initiative_planning',
  'execution_monitoring',
  're_evaluation',
];

/**
 * Writes the projection rows directly, as the inbox figure does: 5,000 cycles through workflows
 * would take the bench an hour and measure Temporal, not the console. Each service has 49 ended
 * cycles and one active one; the first 20 active ones wait for a gate.
 */
export async function populateConsole(db: Client): Promise<void> {
  const { services, areas, cyclesPerService, waiting } = CONSOLE_SIZE;
  await db.query(
    `INSERT INTO areas (name, kind) SELECT 'console front ' || lpad(n::text, 2, '0'), 'front'
     FROM generate_series(1, $1::int) n`,
    [areas],
  );
  await db.query(`INSERT INTO areas (name, kind) VALUES ('console back office', 'back')`);
  await db.query(
    `INSERT INTO services (name, provider_area_id, critical)
     SELECT 'console service ' || lpad(n::text, 3, '0'),
            (SELECT id FROM areas WHERE name = 'console back office'), n % 7 = 0
     FROM generate_series(1, $1::int) n`,
    [services],
  );
  await db.query(
    `INSERT INTO service_consumers (service_id, area_id)
     SELECT s.id, a.id FROM services s CROSS JOIN areas a
     WHERE s.name LIKE 'console service %' AND a.name LIKE 'console front %'`,
  );
  await db.query(`INSERT INTO surveys (name, period_start, period_end, scale_min, scale_max)
                  VALUES ('console survey', '2026-07-01', '2026-09-30', 1, 5)`);
  await db.query(
    `INSERT INTO survey_responses (survey_id, service_id, respondent_area_id, score)
     SELECT (SELECT id FROM surveys WHERE name = 'console survey'), sc.service_id, sc.area_id,
            1 + floor(random() * 5)::int
     FROM service_consumers sc JOIN services s ON s.id = sc.service_id
     WHERE s.name LIKE 'console service %'`,
  );
  await db.query(
    `INSERT INTO cycles (id, workflow_id, service_id, stage, status, policy, awaiting_since, version,
                         detail, started_by, started_at)
     SELECT id, 'cycle-' || id, service_id, stage, status, '{}'::jsonb,
            CASE WHEN status = 'awaiting_approval' THEN at END, 3,
            jsonb_build_object(
              'cycleId', id, 'serviceId', service_id, 'stage', stage, 'status', status,
              'policy', '{"approvalSla":"P5D","checkInEvery":"P30D","reEvaluateAfter":"P6M"}'::jsonb,
              'previousCycleId', null, 'selection', null, 'startedAt', at,
              'startedBy', '{"id":"iris","roles":["improver"]}'::jsonb,
              'gap', null, 'rootCauses', '[]'::jsonb, 'initiatives', '[]'::jsonb,
              'lastRejection', null, 'decisions', '[]'::jsonb, 'escalations', '[]'::jsonb,
              'checkIns', '[]'::jsonb, 'monitoring', null, 'reEvaluations', '[]'::jsonb,
              'outcome', null, 'eventCount', 3, 'updatedAt', at,
              'pendingApproval', CASE WHEN status = 'awaiting_approval' THEN jsonb_build_object(
                'stage', stage, 'submittedAt', at, 'note', null, 'notices', 0,
                'submittedBy', '{"id":"iris","roles":["improver"]}'::jsonb,
                'excludedDeciders', '["iris"]'::jsonb, 'approvals', '[]'::jsonb,
                'approvalPolicy', null) END),
            'iris', at
     FROM (SELECT gen_random_uuid() AS id, s.id AS service_id,
                  CASE WHEN g < $1::int THEN (CASE WHEN g % 9 = 0 THEN 'cancelled' ELSE 'closed' END)
                       ELSE ($3::text[])[1 + s.n % 5] END AS stage,
                  CASE WHEN g < $1::int THEN (CASE WHEN g % 9 = 0 THEN 'cancelled' ELSE 'closed' END)
                       WHEN s.n <= $2::int THEN 'awaiting_approval' ELSE 'in_progress' END AS status,
                  now() - make_interval(days => ($1::int - g) * 7, secs => s.n) AS at
           FROM (SELECT id, row_number() OVER (ORDER BY name) AS n FROM services
                 WHERE name LIKE 'console service %') s
           CROSS JOIN generate_series(1, $1::int) g) c`,
    [cyclesPerService, waiting, STAGES],
  );
  await db.query('ANALYZE');
}
