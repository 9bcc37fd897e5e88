import { randomUUID } from 'node:crypto';
import { expectOk } from '../support/cycle-steps';
import { catalog, eventsOf, postCsv } from '../support/csv-imports';
import { queryDatabase } from '../support/database';
import type { TestStack } from '../support/test-stack';
import { startTestStack } from '../support/test-stack';
import { users } from '../support/users';

describe('CSV imports of survey responses and KPI measurements', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack({ worker: false });
  });
  afterAll(async () => {
    await stack.close();
  });

  const responsesOf = (survey: string) => `/v1/surveys/${survey}/responses/import`;
  const measurementsOf = (kpi: string) => `/v1/kpis/${kpi}/measurements/import`;

  it('imports every row of a good file, shows them where users read them, and audits each on a chain that verifies', async () => {
    const { service, consumer, survey } = await catalog(stack.http);
    const rows = [
      `${service},${consumer},5,"Quick, and kind"`,
      `${service.toUpperCase()},${consumer},1,"said ""slow""\r\nand rude"`,
      ...Array.from({ length: 2_498 }, (_, index) => `${service},${consumer},${(index % 5) + 1},`),
    ];
    const requestId = `csv-${randomUUID()}`;
    const csv = `\uFEFFserviceId,respondentAreaId,score,comment\r\n${rows.join('\r\n')}\r\n`;
    const answer = await postCsv(stack.http, responsesOf(survey), csv, { requestId });
    expect([answer.status, answer.body]).toEqual([201, { imported: 2_500 }]);

    const scores = [5, 1, ...Array.from({ length: 2_498 }, (_, index) => (index % 5) + 1)];
    const results = expectOk(
      await stack.http.get(`/v1/surveys/${survey}/results`, { as: users.auditor }),
    ).body;
    expect(results.items).toEqual([
      expect.objectContaining({
        serviceId: service,
        responses: 2_500,
        meanScore: expect.closeTo(scores.reduce((sum, score) => sum + score, 0) / 2_500, 2),
      }),
    ]);
    const feedback = expectOk(
      await stack.http.get(`/v1/services/${service}/feedback?surveyId=${survey}`, {
        as: users.manager,
      }),
    ).body;
    expect(feedback).toMatchObject({
      repeat: ['Quick, and kind'],
      correct: ['said "slow"\r\nand rude'],
    });

    // One event per row, in file order, contiguous on the catalog chain, each telling its row.
    const [chained] = await queryDatabase<{ n: number; span: number; matching: number }>(
      `SELECT count(*)::int AS n, (max(e.seq) - min(e.seq) + 1)::int AS span,
              count(*) FILTER (WHERE r.score = (e.data->'after'->>'score')::int
                               AND r.survey_id = (e.data->'after'->>'surveyId')::uuid)::int AS matching
       FROM audit_events e JOIN survey_responses r ON r.id = (e.data->'after'->>'id')::uuid
       WHERE e.request_id = $1 AND e.chain = 'catalog' AND e.action = 'survey_response_recorded'`,
      [requestId],
    );
    expect(chained).toEqual({ n: 2_500, span: 2_500, matching: 2_500 });
    const [first] = await queryDatabase<{ id: string }>(
      `SELECT data->'after'->>'id' AS id FROM audit_events
       WHERE request_id = $1 AND (data->'import'->>'row')::int = 2`,
      [requestId],
    );
    const about = expectOk(
      await stack.http.get(`/v1/catalog/history?entityId=${first?.id}`, { as: users.auditor }),
    ).body;
    expect(about.items).toEqual([
      expect.objectContaining({
        action: 'survey_response_recorded',
        actor: { id: users.improver.sub, roles: users.improver.roles },
        data: {
          after: expect.objectContaining({ id: first?.id, serviceId: service, score: 1 }),
          import: { row: 2 },
        },
      }),
    ]);
    const verified = expectOk(
      await stack.http.get('/v1/catalog/history/verify', { as: users.auditor }),
    ).body;
    expect(verified).toMatchObject({ valid: true });
  });

  it('imports KPI measurements, shown on the KPI with its latest value', async () => {
    const { kpi } = await catalog(stack.http);
    const day = (index: number) => new Date(Date.UTC(2026, 0, 1) + index * 86_400_000);
    // Columns in another order than the contract lists them: the header says which is which.
    const rows = Array.from(
      { length: 1_200 },
      (_, index) => `${day(index).toISOString()},${40 - index / 100},"export, nightly"`,
    );
    rows[0] = '2025-12-31,47.5,';
    const csv = `measuredAt,value,source\n${rows.join('\n')}\n`;
    const requestId = `csv-${randomUUID()}`;
    const answer = await postCsv(stack.http, measurementsOf(kpi), csv, { requestId });
    expect([answer.status, answer.body]).toEqual([201, { imported: 1_200 }]);
    const read = expectOk(
      await stack.http.get(`/v1/kpis/${kpi}?limit=2`, { as: users.auditor }),
    ).body;
    expect(read).toMatchObject({
      measurementCount: 1_200,
      latestValue: 40 - 1_199 / 100,
      measurements: [
        {
          value: 40 - 1_199 / 100,
          measuredAt: day(1_199).toISOString(),
          source: 'export, nightly',
        },
        { value: 40 - 1_198 / 100, measuredAt: day(1_198).toISOString() },
      ],
    });
    expect(await eventsOf(requestId)).toBe(1_200);
    // Floating values hash as the verifier reads them back from jsonb.
    expect(
      expectOk(await stack.http.get('/v1/catalog/history/verify', { as: users.auditor })).body,
    ).toMatchObject({ valid: true });
  });

  it('refuses a file with one bad row, naming its row and field, and writes nothing', async () => {
    const { service, consumer, survey, kpi } = await catalog(stack.http);
    const rows = Array.from({ length: 1_500 }, () => `${service},${consumer},3,`);
    rows[1_233] = `${service},${consumer},9,out of scale`;
    const requestId = `csv-${randomUUID()}`;
    const csv = `serviceId,respondentAreaId,score,comment\n${rows.join('\n')}\n`;
    const refused = await postCsv(stack.http, responsesOf(survey), csv, { requestId });
    expect(refused.status).toBe(400);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.body).toMatchObject({
      status: 400,
      detail: '1 of 1500 rows is not valid (1 problem); nothing was imported.',
      errors: [{ row: 1_234, field: 'score', message: 'must be between 1 and 5' }],
    });
    expect(await eventsOf(requestId)).toBe(0);
    expect(
      expectOk(await stack.http.get(`/v1/surveys/${survey}/results`, { as: users.auditor })).body
        .items,
    ).toEqual([]);

    const measurements = await postCsv(
      stack.http,
      measurementsOf(kpi),
      'value,measuredAt\n1,2026-01-01\n2,yesterday\n3,2026-01-03\n',
    );
    expect(measurements.status).toBe(400);
    expect(measurements.body.errors).toEqual([
      { row: 2, field: 'measuredAt', message: 'measuredAt must be a valid ISO 8601 date string' },
    ]);
    expect(
      expectOk(await stack.http.get(`/v1/kpis/${kpi}`, { as: users.auditor })).body
        .measurementCount,
    ).toBe(0);
  });

  it('names every kind of bad row the single-row endpoint would refuse', async () => {
    const { service, consumer, stranger, survey } = await catalog(stack.http);
    const nobody = randomUUID();
    const csv = [
      'serviceId,respondentAreaId,score,comment',
      `${service},${consumer},4,fine`,
      `${nobody},${consumer},4,`,
      `${service},${nobody},4,`,
      `${service},${stranger},4,`,
      `not-a-uuid,${consumer},4.5,`,
      `${service},${consumer},4`,
      `${service},${consumer},2,"a NUL \u0000 here"`,
    ].join('\n');
    const refused = await postCsv(stack.http, responsesOf(survey), csv);
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([
      { row: 2, field: 'serviceId', message: `service ${nobody} does not exist` },
      { row: 3, field: 'respondentAreaId', message: `area ${nobody} does not exist` },
      {
        row: 4,
        field: 'respondentAreaId',
        message: 'the respondent area does not consume this service',
      },
      { row: 5, field: 'serviceId', message: 'serviceId must be a UUID' },
      { row: 5, field: 'score', message: 'score must be an integer number' },
      { row: 6, field: 'row', message: 'has 3 cells where the header names 4 columns' },
      {
        row: 7,
        field: 'comment',
        message:
          'comment must not contain NUL, other control characters or unpaired surrogate halves',
      },
    ]);
    expect(refused.body.detail).toBe(
      '6 of 7 rows are not valid (7 problems); nothing was imported.',
    );
  });

  it('lists the first 100 problems and counts them all', async () => {
    const { service, consumer, survey } = await catalog(stack.http);
    const rows = Array.from(
      { length: 300 },
      (_, index) => `${service},${consumer},${index % 2 === 0 ? 0 : 1}`,
    );
    const refused = await postCsv(
      stack.http,
      responsesOf(survey),
      `serviceId,respondentAreaId,score\n${rows.join('\n')}\n`,
    );
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toHaveLength(100);
    expect(refused.body.errors[99]).toEqual({
      row: 199,
      field: 'score',
      message: 'must be between 1 and 5',
    });
    expect(refused.body.detail).toBe(
      '150 of 300 rows are not valid (150 problems); nothing was imported. The first 100 are listed.',
    );
  });

  it('refuses bad headers, empty files, other media types and unknown ids; a header alone imports nothing', async () => {
    const { survey, kpi } = await catalog(stack.http);
    const header = await postCsv(
      stack.http,
      responsesOf(survey),
      'serviceId,areaId,score\nx,y,1\n',
    );
    expect(header.status).toBe(400);
    expect(header.body.errors).toEqual([
      {
        row: 0,
        field: 'areaId',
        message:
          'is not a column of this import (its columns: serviceId, respondentAreaId, score, comment (optional))',
      },
      { row: 0, field: 'respondentAreaId', message: 'is missing from the header' },
    ]);
    // Refused at its first line: the rest of a large upload is read and dropped, the answer arrives.
    const large = await postCsv(
      stack.http,
      responsesOf(survey),
      `serviceId,areaId,score\n${'x,y,1\n'.repeat(400_000)}`,
    );
    expect([large.status, large.body.errors.length]).toEqual([400, 2]);
    const empty = await postCsv(stack.http, measurementsOf(kpi), '');
    expect([empty.status, empty.body.errors]).toEqual([
      400,
      [
        {
          row: 0,
          field: 'header',
          message: 'must name the columns value, measuredAt, source (optional)',
        },
      ],
    ]);
    const headerOnly = await postCsv(
      stack.http,
      measurementsOf(kpi),
      'value,measuredAt,source\r\n',
    );
    expect([headerOnly.status, headerOnly.body]).toEqual([201, { imported: 0 }]);

    const json = await stack.http.post(responsesOf(survey), { rows: [] }, { as: users.improver });
    expect(json.status).toBe(415);
    expect(json.headers.get('content-type')).toContain('application/problem+json');
    const latin1 = await postCsv(stack.http, measurementsOf(kpi), 'value,measuredAt\n', {
      contentType: 'text/csv; charset=iso-8859-1',
    });
    expect(latin1.status).toBe(415);
    expect((await postCsv(stack.http, '/v1/areas', 'name,kind\nx,back\n')).status).toBe(415);
    expect((await postCsv(stack.http, responsesOf(randomUUID()), 'serviceId\n')).status).toBe(404);
    expect((await postCsv(stack.http, measurementsOf(randomUUID()), 'value\n')).status).toBe(404);
  });

  it('lets improvers and admins import, and refuses other roles and anonymous callers', async () => {
    const { kpi } = await catalog(stack.http);
    const csv = 'value,measuredAt\n1,2026-01-01\n';
    for (const [as, status] of [
      [users.admin, 201],
      [users.improver, 201],
      [users.manager, 403],
      [users.auditor, 403],
      ['anonymous', 401],
    ] as const) {
      const requestId = `csv-${randomUUID()}`;
      const answer = await postCsv(stack.http, measurementsOf(kpi), csv, { requestId, as });
      const who = as === 'anonymous' ? as : as.sub;
      expect({ who, status: answer.status }).toEqual({ who, status });
      expect(await eventsOf(requestId)).toBe(status === 201 ? 1 : 0);
    }
  });
});
