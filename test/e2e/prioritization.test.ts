import { randomUUID } from 'node:crypto';
import { expectOk } from '../support/cycle-steps';
import { queryDatabase } from '../support/database';
import type { TestStack } from '../support/test-stack';
import { startTestStack } from '../support/test-stack';
import { users } from '../support/users';

describe('from the service matrix and surveys to the ranking that picks services for a cycle', () => {
  let stack: TestStack;
  const as = { as: users.improver };
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(async () => {
    await stack.close();
  });

  const tag = () => randomUUID().slice(0, 6);
  const area = async (kind: 'front' | 'back') =>
    expectOk(await stack.http.post('/v1/areas', { name: `${kind} ${tag()}`, kind }, as), 201).body
      .id as string;
  const service = async (name: string, provider: string, consumers: string[]) =>
    expectOk(
      await stack.http.post(
        '/v1/services',
        { name: `${name} ${tag()}`, providerAreaId: provider, consumerAreaIds: consumers },
        as,
      ),
      201,
    ).body.id as string;

  /** 3 front areas, 2 back areas, 5 services, one survey, one quarter of volumes. */
  async function organization(periodEnd = '2026-09-30') {
    const [branches, callCenter, online] = [
      await area('front'),
      await area('front'),
      await area('front'),
    ];
    const [operations, it] = [await area('back'), await area('back')];
    const services = {
      cards: await service('Card replacement', operations, [branches, callCenter]),
      claims: await service('Claims handling', operations, [branches]),
      access: await service('System access', it, [branches, callCenter, online]),
      payroll: await service('Payroll queries', operations, [online]),
      laptops: await service('Laptop repair', it, [callCenter]),
    };
    const survey = expectOk(
      await stack.http.post(
        '/v1/surveys',
        { name: `Q3 ${tag()}`, periodStart: '2026-07-01', periodEnd, scaleMin: 1, scaleMax: 5 },
        as,
      ),
      201,
    ).body.id as string;
    const respond = async (serviceId: string, areaId: string, score: number) =>
      expectOk(
        await stack.http.post(
          `/v1/surveys/${survey}/responses`,
          { serviceId, respondentAreaId: areaId, score },
          as,
        ),
        201,
      );
    // cards 2.0, claims 2.0, access 2.0 (ties broken by customers, then rework), payroll 4.5, laptops none
    await respond(services.cards, branches, 1);
    await respond(services.cards, callCenter, 3);
    await respond(services.claims, branches, 2);
    await respond(services.access, online, 2);
    await respond(services.payroll, online, 4);
    await respond(services.payroll, online, 5);
    const volume = async (serviceId: string, endCustomers: number, reworkRate: number) =>
      expectOk(
        await stack.http.post(
          `/v1/services/${serviceId}/volumes`,
          { period: '2026-Q3', endCustomers, reworkRate },
          as,
        ),
        201,
      );
    await volume(services.cards, 5000, 0.1);
    await volume(services.claims, 5000, 0.3);
    await volume(services.access, 800, 0.5);
    await volume(services.payroll, 9000, 0.9);
    await volume(services.laptops, 100, 0.2);
    return { areas: { branches, callCenter, online, operations, it }, services, survey };
  }

  it('ranks by the seed-000 rule with each criterion’s value as the reason, unrated services last', async () => {
    const { services, survey } = await organization();

    const ranking = expectOk(
      await stack.http.get(`/v1/priorities?surveyId=${survey}&period=2026-Q3`, {
        as: users.manager,
      }),
    ).body;

    expect(ranking).toMatchObject({ rule: 'seed', surveyId: survey, period: '2026-Q3' });
    const mine = Object.values(services);
    const ours = ranking.items.filter((item: { serviceId: string }) =>
      mine.includes(item.serviceId),
    );
    expect(ours.map((item: { serviceId: string }) => item.serviceId)).toEqual([
      services.claims, // 2.0, 5000 customers, rework 0.3
      services.cards, // 2.0, 5000 customers, rework 0.1
      services.access, // 2.0, 800 customers
      services.payroll, // 4.5
      services.laptops, // no responses
    ]);
    expect(ours[0]).toMatchObject({ meanScore: 2, endCustomers: 5000, reworkRate: 0.3 });
    expect(
      ours[0].reasons.map((reason: { criterion: string; value: unknown }) => [
        reason.criterion,
        reason.value,
      ]),
    ).toEqual([
      ['mean_score', 2],
      ['end_customers', 5000],
      ['rework_rate', 0.3],
    ]);
    expect(ours[4].meanScore).toBeNull();
    expect(ours[4].reasons[0]).toMatchObject({
      criterion: 'mean_score',
      value: null,
      note: expect.stringContaining('no survey responses'),
    });
    const ranks = ranking.items.map((item: { rank: number }) => item.rank);
    expect(ranks).toEqual(ranks.map((_: number, index: number) => index + 1));
    const rated = ranking.items.filter(
      (item: { meanScore: number | null }) => item.meanScore !== null,
    ).length;
    expect(
      ranking.items
        .slice(rated)
        .every((item: { meanScore: number | null }) => item.meanScore === null),
    ).toBe(true);
  });

  it('ranks by seed-004 weights when asked, showing the breakdown', async () => {
    const { services, survey } = await organization();
    expectOk(
      await stack.http.request('PUT', `/v1/services/${services.payroll}/criteria`, {
        ...as,
        body: { strategyImpact: 5, marginsInvolved: 5, easeOfTransformation: 5 },
      }),
    );
    expectOk(
      await stack.http.request('PUT', `/v1/services/${services.claims}/criteria`, {
        ...as,
        body: { strategyImpact: 1, marginsInvolved: 1, easeOfTransformation: 1 },
      }),
    );

    const ranking = expectOk(
      await stack.http.get(
        `/v1/priorities?surveyId=${survey}&period=2026-Q3&rule=weighted&strategyImpact=2&customers=1&margins=1&ease=0`,
        { as: users.auditor },
      ),
    ).body;

    const payroll = ranking.items.find(
      (item: { serviceId: string }) => item.serviceId === services.payroll,
    );
    const claims = ranking.items.find(
      (item: { serviceId: string }) => item.serviceId === services.claims,
    );
    expect(payroll.rank).toBeLessThan(claims.rank);
    expect(
      payroll.reasons.find(
        (reason: { criterion: string }) => reason.criterion === 'strategy_impact',
      ),
    ).toEqual({
      criterion: 'strategy_impact',
      value: 5,
      weight: 2,
      normalized: 1,
      contribution: 0.5,
    });
    expect(payroll.score).toBeGreaterThan(claims.score);
    const rows = await queryDatabase(
      `SELECT action, data FROM audit_events WHERE chain = 'catalog' AND action = 'service_criteria_set' AND data->>'serviceId' = $1`,
      [services.claims],
    );
    expect(rows).toEqual([
      {
        action: 'service_criteria_set',
        data: expect.objectContaining({
          before: { strategyImpact: null, marginsInvolved: null, easeOfTransformation: null },
        }),
      },
    ]);
  });

  it('reports survey results per service with count, mean and distribution', async () => {
    const { services, survey } = await organization();
    const results = expectOk(
      await stack.http.get(`/v1/surveys/${survey}/results`, { as: users.auditor }),
    ).body.items;
    expect(
      results.find((result: { serviceId: string }) => result.serviceId === services.payroll),
    ).toEqual({
      serviceId: services.payroll,
      responses: 2,
      meanScore: 4.5,
      distribution: { 1: 0, 2: 0, 3: 0, 4: 1, 5: 1 },
    });
  });

  it('refuses what the methodology does not allow, and writes nothing', async () => {
    const { areas, services, survey } = await organization();
    const before = await queryDatabase(
      `SELECT count(*)::int AS n FROM survey_responses WHERE survey_id = $1`,
      [survey],
    );
    const respond = (body: object) => stack.http.post(`/v1/surveys/${survey}/responses`, body, as);

    const nonConsumer = await respond({
      serviceId: services.laptops,
      respondentAreaId: areas.online,
      score: 3,
    });
    expect(nonConsumer.status).toBe(400);
    expect(nonConsumer.body.errors).toEqual([
      { field: 'respondentAreaId', message: 'the respondent area does not consume this service' },
    ]);
    const offScale = await respond({
      serviceId: services.laptops,
      respondentAreaId: areas.callCenter,
      score: 6,
    });
    expect(offScale.status).toBe(400);
    expect(offScale.body.errors).toEqual([{ field: 'score', message: 'must be between 1 and 5' }]);
    expect(
      (await respond({ serviceId: randomUUID(), respondentAreaId: areas.callCenter, score: 3 }))
        .status,
    ).toBe(404);
    expect(
      (
        await stack.http.post(
          `/v1/surveys/${randomUUID()}/responses`,
          { serviceId: services.laptops, respondentAreaId: areas.callCenter, score: 3 },
          as,
        )
      ).status,
    ).toBe(404);
    expect(
      await queryDatabase(`SELECT count(*)::int AS n FROM survey_responses WHERE survey_id = $1`, [
        survey,
      ]),
    ).toEqual(before);

    const again = await stack.http.post(
      `/v1/services/${services.cards}/volumes`,
      { period: '2026-Q3', endCustomers: 1, reworkRate: 0 },
      as,
    );
    expect(again.status).toBe(409);
    const badPeriod = await stack.http.post(
      `/v1/services/${services.cards}/volumes`,
      { period: 'Q3-2026', endCustomers: 1, reworkRate: 2 },
      as,
    );
    expect(badPeriod.status).toBe(400);
    expect(badPeriod.body.errors.map((error: { field: string }) => error.field).sort()).toEqual([
      'period',
      'reworkRate',
    ]);
    const badScale = await stack.http.post(
      '/v1/surveys',
      { name: 'x', periodStart: '2026-01-01', periodEnd: '2026-03-31', scaleMin: 5, scaleMax: 1 },
      as,
    );
    expect(badScale.status).toBe(400);
  });

  it('shows the service matrix with each cell’s latest rating', async () => {
    const { areas, services } = await organization();
    // A later survey rates cards again from the branches only.
    const later = expectOk(
      await stack.http.post(
        '/v1/surveys',
        {
          name: `Q4 ${tag()}`,
          periodStart: '2026-10-01',
          periodEnd: '2026-12-31',
          scaleMin: 1,
          scaleMax: 5,
        },
        as,
      ),
      201,
    ).body.id;
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

  it('keeps the ranking and its inputs with a cycle started from the evidence', async () => {
    const { services } = await organization('2099-12-31');
    const started = expectOk(
      await stack.http.post('/v1/cycles', { serviceId: services.claims }, as),
      202,
    ).body;

    const cycle = expectOk(
      await stack.http.get(`/v1/cycles/${started.id}`, { as: users.auditor }),
    ).body;
    expect(cycle.selection).toMatchObject({
      rule: 'seed',
      period: expect.any(String),
      meanScore: 2,
      rank: expect.any(Number),
    });
    expect(
      cycle.selection.reasons.map((reason: { criterion: string }) => reason.criterion),
    ).toEqual(['mean_score', 'end_customers', 'rework_rate']);
    const history = expectOk(
      await stack.http.get(`/v1/cycles/${started.id}/history`, { as: users.auditor }),
    ).body.items;
    expect(history[0]).toMatchObject({
      action: 'cycle_started',
      data: { selection: cycle.selection },
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
});
