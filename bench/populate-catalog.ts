import type { Client } from 'pg';

export const CATALOG_SIZE = { frontAreas: 20, backAreas: 20, services: 500, responses: 50_000 };

/** 40 areas, 500 services each consumed by 3 front areas, a survey with 50,000 responses, volumes. */
export async function populateCatalog(db: Client): Promise<void> {
  const { frontAreas, backAreas, services, responses } = CATALOG_SIZE;
  await db.query(
    `INSERT INTO areas (name, kind) SELECT 'front ' || n, 'front' FROM generate_series(1, $1::int) n`,
    [frontAreas],
  );
  await db.query(
    `INSERT INTO areas (name, kind) SELECT 'back ' || n, 'back' FROM generate_series(1, $1::int) n`,
    [backAreas],
  );
  await db.query(
    `WITH backs AS (SELECT id, row_number() OVER (ORDER BY name) - 1 AS rn FROM areas WHERE kind = 'back' AND name LIKE 'back %')
     INSERT INTO services (name, provider_area_id, critical)
     SELECT 'service ' || n, (SELECT id FROM backs WHERE rn = n % $2::int), n % 10 = 0 FROM generate_series(1, $1::int) n`,
    [services, backAreas],
  );
  await db.query(
    `WITH fronts AS (SELECT id, row_number() OVER (ORDER BY name) - 1 AS rn FROM areas WHERE kind = 'front' AND name LIKE 'front %'),
          svc AS (SELECT id, row_number() OVER (ORDER BY name) AS rn FROM services WHERE name LIKE 'service %')
     INSERT INTO service_consumers (service_id, area_id)
     SELECT svc.id, fronts.id FROM svc JOIN fronts ON fronts.rn IN (svc.rn % $1::int, (svc.rn + 7) % $1::int, (svc.rn + 13) % $1::int)`,
    [frontAreas],
  );
  await db.query(`INSERT INTO surveys (name, period_start, period_end, scale_min, scale_max) VALUES
    ('2026 Q2', '2026-04-01', '2026-06-30', 1, 5), ('2026 Q3', '2026-07-01', '2026-09-30', 1, 5)`);
  await db.query(
    `INSERT INTO survey_responses (survey_id, service_id, respondent_area_id, score)
     SELECT CASE WHEN g % 2 = 0 THEN q3.id ELSE q2.id END, sc.service_id, sc.area_id, 1 + floor(random() * 5)::int
     FROM service_consumers sc
     JOIN services s ON s.id = sc.service_id AND s.name LIKE 'service %'
     CROSS JOIN generate_series(1, 40) g
     CROSS JOIN (SELECT id FROM surveys WHERE name = '2026 Q3') q3
     CROSS JOIN (SELECT id FROM surveys WHERE name = '2026 Q2') q2
     LIMIT $1::int`,
    [responses],
  );
  await db.query(
    `INSERT INTO service_volumes (service_id, period, end_customers, rework_rate)
     SELECT id, '2026-Q3', floor(random() * 10000)::int, round(random()::numeric, 3) FROM services WHERE name LIKE 'service %'`,
  );
  await db.query('ANALYZE');
}
