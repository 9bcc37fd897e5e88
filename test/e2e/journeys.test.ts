import { expectOk } from '../support/cycle-steps';
import { organizationBuilder } from '../support/organization';
import type { TestStack } from '../support/test-stack';
import { startTestStack } from '../support/test-stack';
import { users } from '../support/users';

describe('customers’ journeys behind the ranking', () => {
  let stack: TestStack;
  const { organization } = organizationBuilder(() => stack.http);
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(async () => {
    await stack.close();
  });

  it('records a journey whose touchpoints front areas serve, and ranks with the touchpoints and standard each service backs', async () => {
    const { areas, services, survey } = await organization();
    const journey = (stages: unknown) =>
      stack.http.post(
        '/v1/journeys',
        { name: 'Losing a card', segment: 'retail', stages },
        { as: users.improver },
      );
    const touchpoint = (name: string, frontAreaId: string, serviceIds: string[]) => ({
      name,
      frontAreaId,
      serviceIds,
    });

    const backArea = await journey([
      { name: 'Report', touchpoints: [touchpoint('Desk', areas.operations, [services.cards])] },
    ]);
    const notConsumed = await journey([
      { name: 'Report', touchpoints: [touchpoint('Call', areas.online, [services.cards])] },
    ]);
    const created = expectOk(
      await journey([
        {
          name: 'Report the loss',
          touchpoints: [
            touchpoint('Branch desk', areas.branches, [services.cards, services.access]),
            touchpoint('Phone line', areas.callCenter, [services.cards]),
          ],
        },
        {
          name: 'Get the new card',
          touchpoints: [touchpoint('Branch pickup', areas.branches, [services.cards])],
        },
      ]),
      201,
    ).body;
    expectOk(
      await stack.http.post(
        `/v1/services/${services.cards}/standard-results`,
        { period: '2026-Q3', requests: 200, withinStandard: 150 },
        { as: users.improver },
      ),
      201,
    );
    const read = expectOk(
      await stack.http.get(`/v1/journeys/${created.id}`, { as: users.auditor }),
    ).body;
    const listed = expectOk(await stack.http.get('/v1/journeys', { as: users.manager })).body.items;
    const ranking = expectOk(
      await stack.http.get(`/v1/priorities?surveyId=${survey}`, { as: users.manager }),
    ).body.items as {
      serviceId: string;
      touchpoints: number;
      standardCompliance: number | null;
      reasons: { criterion: string; value: number | null }[];
    }[];
    const weighted = expectOk(
      await stack.http.get(`/v1/priorities?surveyId=${survey}&rule=weighted&touchpoints=1`, {
        as: users.manager,
      }),
    ).body.items as { serviceId: string; score: number }[];
    const cards = ranking.find((item) => item.serviceId === services.cards);
    const access = ranking.find((item) => item.serviceId === services.access);

    expect(backArea.status).toBe(400);
    expect(backArea.body.errors[0].field).toBe('stages.0.touchpoints.0.frontAreaId');
    expect(notConsumed.status).toBe(400);
    expect(notConsumed.body.detail).toContain(services.cards);
    expect(read).toMatchObject({ name: 'Losing a card', segment: 'retail' });
    expect(read.stages[0].touchpoints[0]).toMatchObject({
      id: expect.any(String),
      name: 'Branch desk',
    });
    expect(listed.map((item: { id: string }) => item.id)).toContain(created.id);
    expect(cards).toMatchObject({ touchpoints: 3, standardCompliance: 0.75 });
    expect(cards?.reasons).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ criterion: 'touchpoints', value: 3 }),
        expect.objectContaining({ criterion: 'standard_compliance', value: 0.75 }),
      ]),
    );
    expect(access).toMatchObject({ touchpoints: 1, standardCompliance: null });
    // Weighed alone, the touchpoints put the service most journeys rest on first.
    const ours = weighted.filter((item) => Object.values(services).includes(item.serviceId));
    expect(ours[0]).toMatchObject({ serviceId: services.cards, score: 1 });
  });
});
