import { randomUUID } from 'node:crypto';
import { catalogEditor } from '../support/catalog-edits';
import { expectOk } from '../support/cycle-steps';
import { organizationBuilder } from '../support/organization';
import type { TestStack } from '../support/test-stack';
import { startTestStack } from '../support/test-stack';
import { users } from '../support/users';

describe('editing KPIs and journeys: versions, ETag and If-Match, and every change on the chain', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack({ worker: false });
  });
  afterAll(async () => {
    await stack.close();
  });
  const { area, service, organization } = organizationBuilder(() => stack.http);
  const { edit, patch, eventsAbout } = catalogEditor(() => stack.http);
  const as = { as: users.improver };

  it('edits a KPI’s target and unit, with its ETag; a stale If-Match is 412', async () => {
    const provider = await area('back');
    const id = await service('Invoices', provider, [await area('front')]);
    const kpi = expectOk(
      await stack.http.post(
        `/v1/services/${id}/kpis`,
        {
          name: 'Days to pay',
          unit: 'days',
          direction: 'lower_is_better',
          baseline: 30,
          target: 10,
        },
        as,
      ),
      201,
    ).body;
    expect(kpi.version).toBe(1);
    expect(expectOk(await stack.http.get(`/v1/kpis/${kpi.id}`, as)).headers.get('etag')).toBe(
      '"1"',
    );

    const raised = expectOk(await patch(`/v1/kpis/${kpi.id}`, { target: 5, unit: 'd' }, '"1"'));
    expect(raised.headers.get('etag')).toBe('"2"');
    expect(raised.body).toMatchObject({
      version: 2,
      target: 5,
      unit: 'd',
      baseline: 30,
      direction: 'lower_is_better',
    });
    expect((await patch(`/v1/kpis/${kpi.id}`, { target: 4 }, '"1"')).status).toBe(412);
    expect((await patch(`/v1/kpis/${kpi.id}`, { direction: 'higher_is_better' })).status).toBe(400);
    expect((await patch(`/v1/kpis/${kpi.id}`, { baseline: 'thirty' })).status).toBe(400);
    expect((await patch(`/v1/kpis/${kpi.id}`, { target: null })).status).toBe(400);
    expect(expectOk(await stack.http.get(`/v1/kpis/${kpi.id}`, as)).body).toMatchObject({
      version: 2,
      target: 5,
    });

    const events = await eventsAbout(kpi.id, 'kpi_changed');
    expect(events.map((event) => event.data)).toEqual([
      {
        id: kpi.id,
        version: 2,
        before: { target: 10, unit: 'days' },
        after: { target: 5, unit: 'd' },
      },
    ]);
  });

  it('replaces a journey whole: touchpoints kept keep their ids, and its events are found by its id', async () => {
    const { areas, services } = await organization();
    const stage = (
      name: string,
      touchpoints: { name: string; frontAreaId: string; serviceIds: string[] }[],
    ) => ({ name, touchpoints });
    const desk = { name: 'Branch desk', frontAreaId: areas.branches, serviceIds: [services.cards] };
    const body = { name: 'Losing a card', segment: 'retail', stages: [stage('Report', [desk])] };
    const created = expectOk(await stack.http.post('/v1/journeys', body, as), 201).body;
    expect(created.version).toBe(1);
    expect(
      expectOk(await stack.http.get(`/v1/journeys/${created.id}`, as)).headers.get('etag'),
    ).toBe('"1"');

    const unchanged = expectOk(await edit('PUT', `/v1/journeys/${created.id}`, body, '"1"'));
    expect(unchanged.body).toEqual(created);

    const phone = {
      name: 'Phone line',
      frontAreaId: areas.callCenter,
      serviceIds: [services.cards],
    };
    const replaced = expectOk(
      await edit(
        'PUT',
        `/v1/journeys/${created.id}`,
        { name: 'Losing a card', stages: [stage('Report', [desk, phone])] },
        '"1"',
      ),
    );
    expect(replaced.headers.get('etag')).toBe('"2"');
    expect(replaced.body).toMatchObject({ version: 2, segment: null });
    const [kept, added] = replaced.body.stages[0].touchpoints;
    expect(kept.id).toBe(created.stages[0].touchpoints[0].id);
    expect(added).toMatchObject({ ...phone, id: expect.any(String) });

    expect((await edit('PUT', `/v1/journeys/${created.id}`, body, '"1"')).status).toBe(412);
    const unserved = await edit('PUT', `/v1/journeys/${created.id}`, {
      ...body,
      stages: [stage('Report', [{ ...desk, frontAreaId: areas.online }])],
    });
    expect(unserved.status).toBe(400);
    expect((await edit('PUT', `/v1/journeys/${randomUUID()}`, body)).status).toBe(404);

    const events = await eventsAbout(created.id, 'journey_changed');
    expect(events).toHaveLength(1);
    expect(events[0]?.data).toEqual({
      id: created.id,
      version: 2,
      before: { segment: 'retail', stages: created.stages },
      after: { segment: null, stages: replaced.body.stages },
    });
  });
});
