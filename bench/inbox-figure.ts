import type { Client } from 'pg';
import type { BenchStack } from './bench-stack';
import type { Comparison } from './measure';
import { compare, measure } from './measure';

/** Waiting cycles in the projection, and how many approvers their policies spread over. */
export const INBOX_SIZE = { waitingCycles: 10_000, approvers: 20 };

/**
 * The inbox's cost of showing each decider only their waits: `GET /v1/approvals/pending` as one
 * approver of twenty (a twentieth of 10,000 waits is theirs) against the same page as an admin,
 * who sees every wait unfiltered.
 */
export async function inboxFigure(stack: BenchStack, db: Client): Promise<Comparison> {
  const { waitingCycles, approvers } = INBOX_SIZE;
  const area = await db.query<{ id: string }>(
    `INSERT INTO areas (name, kind) VALUES ('inbox bench', 'back') RETURNING id`,
  );
  await db.query(
    `INSERT INTO services (name, provider_area_id, critical)
     SELECT 'inbox service ' || n, $2, false FROM generate_series(1, $1::int) n`,
    [waitingCycles, area.rows[0]?.id],
  );
  await db.query(
    `INSERT INTO cycles (id, workflow_id, service_id, stage, status, policy, awaiting_since, version,
                         detail, started_by, started_at)
     SELECT id, 'cycle-' || id, service_id, 'gap_identification', 'awaiting_approval', '{}'::jsonb,
            at, 3,
            jsonb_build_object(
              'cycleId', id, 'serviceId', service_id, 'stage', 'gap_identification',
              'status', 'awaiting_approval', 'policy', '{}'::jsonb, 'previousCycleId', null,
              'selection', null, 'startedAt', at, 'startedBy', '{"id":"iris","roles":["improver"]}'::jsonb,
              'gap', null, 'rootCauses', '[]'::jsonb, 'initiatives', '[]'::jsonb,
              'lastRejection', null, 'decisions', '[]'::jsonb, 'escalations', '[]'::jsonb,
              'checkIns', '[]'::jsonb, 'monitoring', null, 'reEvaluations', '[]'::jsonb,
              'outcome', null, 'eventCount', 3, 'updatedAt', at,
              'pendingApproval', jsonb_build_object(
                'stage', 'gap_identification', 'submittedAt', at, 'note', null, 'notices', 0,
                'submittedBy', '{"id":"iris","roles":["improver"]}'::jsonb,
                'excludedDeciders', '["iris"]'::jsonb, 'approvals', '[]'::jsonb,
                'approvalPolicy', jsonb_build_object(
                  'version', 1, 'quorum', 1, 'escalateTo', '[]'::jsonb,
                  'approvers', jsonb_build_array('approver-' || (n % $1::int))))),
            'iris', at
     FROM (SELECT gen_random_uuid() AS id, s.id AS service_id, n,
                  now() - make_interval(secs => n) AS at
           FROM (SELECT id, row_number() OVER (ORDER BY name) AS n
                 FROM services WHERE name LIKE 'inbox service %') s) c`,
    [approvers],
  );
  await db.query('ANALYZE');
  const inbox = (headers: Record<string, string>) => async () => {
    const response = await fetch(`${stack.baseUrl}/v1/approvals/pending?limit=50`, { headers });
    const body = (await response.json()) as { items: unknown[] };
    if (!response.ok || body.items.length !== 50) {
      throw new Error(`the inbox answered ${response.status} with ${body.items?.length} waits`);
    }
  };
  return compare(
    `GET /v1/approvals/pending?limit=50, an approver's ${waitingCycles / approvers} of ${waitingCycles} waits`,
    await measure('inbox as one approver', inbox(stack.headers(['manager'], 'approver-3'))),
    await measure('inbox as an admin, unfiltered', inbox(stack.headers(['admin']))),
  );
}
