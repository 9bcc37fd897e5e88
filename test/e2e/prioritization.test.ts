import { randomUUID } from 'node:crypto';
import { expectOk, waitForCycle } from '../support/cycle-steps';
import { queryDatabase } from '../support/database';
import { organizationBuilder } from '../support/organization';
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

  const { organization } = organizationBuilder(() => stack.http);

  it('ranks by the default (internal-customer) rule with each criterion’s value as the reason, unrated services last', async () => {
    const { services, survey } = await organization();

    const ranking = expectOk(
      await stack.http.get(`/v1/priorities?surveyId=${survey}&period=2026-Q3`, {
        as: users.manager,
      }),
    ).body;

    expect(ranking).toMatchObject({ rule: 'default', surveyId: survey, period: '2026-Q3' });
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
      ['touchpoints', 0],
      ['standard_compliance', null],
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

  it('takes `rule=seed` as a deprecated alias of `rule=default`, documented as such', async () => {
    const { services, survey } = await organization();
    const mine = Object.values(services);
    const rank = async (rule: string) => {
      const ranking = expectOk(
        await stack.http.get(`/v1/priorities?surveyId=${survey}&period=2026-Q3&rule=${rule}`, {
          as: users.manager,
        }),
      ).body;
      const ours = ranking.items.filter((item: { serviceId: string }) =>
        mine.includes(item.serviceId),
      );
      return { rule: ranking.rule, ours };
    };

    const byDefault = await rank('default');
    expect(byDefault.rule).toBe('default');
    expect(byDefault.ours).toHaveLength(mine.length);
    expect(await rank('seed')).toEqual(byDefault);
    expectOk(await stack.http.get('/v1/priorities?rule=worst', { as: users.manager }), 400);

    const document = expectOk(await stack.http.get('/docs-json')).body;
    const parameter = document.paths['/v1/priorities'].get.parameters.find(
      (candidate: { name: string }) => candidate.name === 'rule',
    );
    expect(parameter.schema).toMatchObject({
      enum: ['default', 'weighted', 'seed'],
      default: 'default',
    });
    expect(parameter.description).toContain('`seed` is a deprecated alias of `default`');
  });

  it('ranks by the weighted rule when asked, showing the breakdown', async () => {
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

  it('keeps the ranking and its inputs with a cycle started from the evidence', async () => {
    const { services } = await organization('2099-12-31');
    const started = expectOk(
      await stack.http.post('/v1/cycles', { serviceId: services.claims }, as),
      202,
    ).body;

    // 202 promises the cycle is recorded, not that it already is: read it as a user refreshing would.
    const cycle = await waitForCycle(stack.http, started.id, 'the cycle is recorded', () => true);
    expect(cycle.selection).toMatchObject({
      rule: 'default',
      period: expect.any(String),
      meanScore: 2,
      rank: expect.any(Number),
    });
    expect(
      cycle.selection.reasons.map((reason: { criterion: string }) => reason.criterion),
    ).toEqual(['mean_score', 'end_customers', 'rework_rate', 'touchpoints', 'standard_compliance']);
    const history = expectOk(
      await stack.http.get(`/v1/cycles/${started.id}/history`, { as: users.auditor }),
    ).body.items;
    expect(history[0]).toMatchObject({
      action: 'cycle_started',
      data: { selection: cycle.selection },
    });
  });
});
