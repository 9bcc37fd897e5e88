import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { testEnvironment } from '../support/test-environment';

/** The catalog's rules hold in the database itself, whoever writes: each statement must fail. */
describe('catalog constraints in PostgreSQL', () => {
  let db: Client;
  const ids = {
    back: randomUUID(),
    front: randomUUID(),
    otherFront: randomUUID(),
    service: randomUUID(),
    survey: randomUUID(),
  };

  beforeAll(async () => {
    db = new Client({ connectionString: testEnvironment().databaseUrl });
    await db.connect();
    await db.query(
      `INSERT INTO areas (id, name, kind) VALUES ($1, $2, 'back'), ($3, $4, 'front'), ($5, $6, 'front')`,
      [
        ids.back,
        `b-${ids.back}`,
        ids.front,
        `f-${ids.front}`,
        ids.otherFront,
        `f-${ids.otherFront}`,
      ],
    );
    await db.query(`INSERT INTO services (id, name, provider_area_id) VALUES ($1, $2, $3)`, [
      ids.service,
      `s-${ids.service}`,
      ids.back,
    ]);
    await db.query(`INSERT INTO service_consumers (service_id, area_id) VALUES ($1, $2)`, [
      ids.service,
      ids.front,
    ]);
    await db.query(
      `INSERT INTO surveys (id, name, period_start, period_end, scale_min, scale_max) VALUES ($1, 'q', '2026-01-01', '2026-03-31', 1, 5)`,
      [ids.survey],
    );
  });
  afterAll(async () => {
    await db.end();
  });

  it.each([
    [
      'a front area as provider',
      `INSERT INTO services (id, name, provider_area_id) VALUES (gen_random_uuid(), 'x1', '${ids.front}')`,
      'fk_services_provider_back_area',
    ],
    [
      'a back area as a front consumer (the default kind)',
      `INSERT INTO service_consumers (service_id, area_id) VALUES ('${ids.service}', '${ids.back}')`,
      'fk_service_consumers_area_kind',
    ],
    [
      'an unknown provider',
      `INSERT INTO services (id, name, provider_area_id) VALUES (gen_random_uuid(), 'x2', gen_random_uuid())`,
      'fk_services_provider_back_area',
    ],
    [
      'a response from an area that does not consume the service',
      `INSERT INTO survey_responses (survey_id, service_id, respondent_area_id, score) VALUES ('${ids.survey}', '${ids.service}', '${ids.otherFront}', 3)`,
      'fk_survey_responses_consumer',
    ],
    [
      'a survey scale upside down',
      `INSERT INTO surveys (name, period_start, period_end, scale_min, scale_max) VALUES ('x', '2026-01-01', '2026-02-01', 5, 1)`,
      'ck_surveys_scale',
    ],
    [
      'a survey ending before it starts',
      `INSERT INTO surveys (name, period_start, period_end, scale_min, scale_max) VALUES ('x', '2026-02-01', '2026-01-01', 1, 5)`,
      'ck_surveys_period',
    ],
    [
      'a period that is not a quarter',
      `INSERT INTO service_volumes (service_id, period, end_customers, rework_rate) VALUES ('${ids.service}', '2026-13', 1, 0.1)`,
      'ck_service_volumes_period',
    ],
    [
      'a rework rate above 1',
      `INSERT INTO service_volumes (service_id, period, end_customers, rework_rate) VALUES ('${ids.service}', '2026-Q1', 1, 1.5)`,
      'ck_service_volumes_values',
    ],
    [
      'negative end customers',
      `INSERT INTO service_volumes (service_id, period, end_customers, rework_rate) VALUES ('${ids.service}', '2026-Q2', -1, 0.1)`,
      'ck_service_volumes_values',
    ],
    [
      'a criterion outside 1..5',
      `UPDATE services SET strategy_impact = 9 WHERE id = '${ids.service}'`,
      'ck_services_criteria',
    ],
  ])('refuses %s', async (_case, sql, constraint) => {
    await expect(db.query(sql)).rejects.toMatchObject({ constraint });
  });

  it('accepts a response from a consumer area, and a second figure for a quarter only once', async () => {
    await db.query(
      `INSERT INTO survey_responses (survey_id, service_id, respondent_area_id, score) VALUES ($1, $2, $3, 4)`,
      [ids.survey, ids.service, ids.front],
    );
    await db.query(
      `INSERT INTO service_volumes (service_id, period, end_customers, rework_rate) VALUES ($1, '2026-Q3', 10, 0.1)`,
      [ids.service],
    );
    await expect(
      db.query(
        `INSERT INTO service_volumes (service_id, period, end_customers, rework_rate) VALUES ($1, '2026-Q3', 11, 0.1)`,
        [ids.service],
      ),
    ).rejects.toMatchObject({ constraint: 'uq_service_volumes_period' });
  });
});
