import { expectOk } from '../support/cycle-steps';
import { organizationBuilder } from '../support/organization';
import type { TestStack } from '../support/test-stack';
import { startTestStack } from '../support/test-stack';
import { users } from '../support/users';

describe('what the catalog shows: the service matrix, maturity and KPIs', () => {
  let stack: TestStack;
  const as = { as: users.improver };
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(async () => {
    await stack.close();
  });

  const { area, service, survey: newSurvey, organization } = organizationBuilder(() => stack.http);

  it('shows the service matrix with each cell’s latest rating', async () => {
    const { areas, services } = await organization();
    // A later survey rates cards again from the branches only.
    const later = await newSurvey('2026-10-01', '2026-12-31');
    expectOk(
      await stack.http.post(
        `/v1/surveys/${later}/responses`,
        { serviceId: services.cards, respondentAreaId: areas.branches, score: 5 },
        as,
      ),
      201,
    );

    const matrix = expectOk(await stack.http.get('/v1/service-matrix', { as: users.auditor })).body;

    const cell = (serviceId: string, consumerAreaId: string) =>
      matrix.cells.find(
        (c: { serviceId: string; consumerAreaId: string }) =>
          c.serviceId === serviceId && c.consumerAreaId === consumerAreaId,
      );
    expect(
      matrix.cells.filter((c: { serviceId: string }) =>
        Object.values(services).includes(c.serviceId),
      ),
    ).toHaveLength(8);
    expect(cell(services.cards, areas.branches)).toMatchObject({
      providerAreaId: areas.operations,
      latestRating: { surveyId: later, meanScore: 5, responses: 1 },
    });
    expect(cell(services.cards, areas.callCenter).latestRating).toMatchObject({ meanScore: 3 });
    expect(cell(services.laptops, areas.callCenter).latestRating).toBeNull();
    expect(matrix.consumerAreas.map((a: { id: string }) => a.id)).toEqual(
      expect.arrayContaining([areas.branches, areas.callCenter, areas.online]),
    );
    expect(matrix.services.find((s: { id: string }) => s.id === services.access)).toMatchObject({
      providerAreaId: areas.it,
    });
  });

  it('assesses maturity: the 25 capabilities, gaps largest first, and the self-test', async () => {
    const capabilities = expectOk(
      await stack.http.get('/v1/maturity/capabilities', { as: users.auditor }),
    ).body.items;
    expect(capabilities).toHaveLength(25);
    const assessed = expectOk(
      await stack.http.post(
        '/v1/maturity/assessments',
        {
          name: 'Ops 2026',
          ratings: [
            { capability: 'billing', current: 2, target: 3 },
            { capability: 'security', current: 1, target: 4 },
          ],
        },
        as,
      ),
      201,
    ).body;
    expect(assessed.gaps).toEqual([
      { capability: 'security', category: 'infrastructure', current: 1, target: 4, size: 3 },
      { capability: 'billing', category: 'customer_interaction', current: 2, target: 3, size: 1 },
    ]);
    const unknown = await stack.http.post(
      '/v1/maturity/assessments',
      { name: 'x', ratings: [{ capability: 'telepathy', current: 1, target: 2 }] },
      as,
    );
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toEqual([
      { field: 'ratings.0.capability', message: 'telepathy is not one of the 25 capabilities' },
    ]);

    for (const [answers, points, band] of [
      [['a', 'a', 'a', 'a'], 4, 'long_way_to_go'],
      [['a', 'a', 'b', 'b'], 6, 'long_way_to_go'],
      [['a', 'b', 'b', 'b'], 7, 'doing_well'],
      [['c', 'c', 'b', 'b'], 10, 'doing_well'],
      [['c', 'c', 'c', 'b'], 11, 'on_top_of_it'],
      [['c', 'c', 'c', 'd'], 13, 'on_top_of_it'],
    ] as const) {
      expect(
        expectOk(
          await stack.http.post('/v1/maturity/self-test', { answers }, { as: users.auditor }),
        ).body,
      ).toEqual({ points, band });
    }
    const invalid = await stack.http.post(
      '/v1/maturity/self-test',
      { answers: ['d', 'a', 'a', 'a'] },
      { as: users.auditor },
    );
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors).toEqual([
      { field: 'answers.0', message: 'question 1 has answers a, b, c' },
    ]);
  });

  it('reads a KPI with its latest value, gap to target and trend', async () => {
    const { services } = await organization();
    const kpi = expectOk(
      await stack.http.post(
        `/v1/services/${services.cards}/kpis`,
        { name: 'Days', unit: 'days', direction: 'lower_is_better', baseline: 9, target: 2 },
        as,
      ),
      201,
    ).body;
    for (const [value, day] of [
      [9, '01'],
      [6, '02'],
    ] as const) {
      expectOk(
        await stack.http.post(
          `/v1/kpis/${kpi.id}/measurements`,
          { value, measuredAt: `2026-10-${day}T00:00:00.000Z` },
          as,
        ),
        201,
      );
    }
    expect(
      expectOk(await stack.http.get(`/v1/kpis/${kpi.id}`, { as: users.auditor })).body,
    ).toMatchObject({ latestValue: 6, gapToTarget: 4, trend: 'improving' });
  });

  it('treats a back area that depends on another back area’s service as its internal customer', async () => {
    const [it, finance, branches] = [await area('back'), await area('back'), await area('front')];
    const access = await service('System access', it, [finance, branches]);
    const survey = await newSurvey('2026-07-01', '2026-09-30');
    expectOk(
      await stack.http.post(
        `/v1/surveys/${survey}/responses`,
        { serviceId: access, respondentAreaId: finance, score: 2 },
        { as: users.improver },
      ),
      201,
    );

    const matrix = expectOk(await stack.http.get('/v1/service-matrix', { as: users.auditor })).body;
    expect(matrix.consumerAreas).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: finance, kind: 'back' }),
        expect.objectContaining({ id: branches, kind: 'front' }),
      ]),
    );
    expect(
      matrix.cells.find(
        (cell: { serviceId: string; consumerAreaId: string }) =>
          cell.serviceId === access && cell.consumerAreaId === finance,
      ),
    ).toMatchObject({ latestRating: { surveyId: survey, meanScore: 2, responses: 1 } });
    const ranked = expectOk(
      await stack.http.get(`/v1/priorities?surveyId=${survey}`, { as: users.auditor }),
    ).body.items.find((item: { serviceId: string }) => item.serviceId === access);
    expect(ranked).toMatchObject({ meanScore: 2 });
  });
});
