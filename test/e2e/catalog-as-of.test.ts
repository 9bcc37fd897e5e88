import { randomUUID } from 'node:crypto';
import { expectOk, gap, serviceWithKpi, startCycle, waitForCycle } from '../support/cycle-steps';
import { createService } from '../support/factories';
import type { TestStack } from '../support/test-stack';
import { startTestStack } from '../support/test-stack';
import { users } from '../support/users';

/** Now, once the clock has moved past it: what happens next is strictly after this instant. */
function instant(): string {
  const at = Date.now();
  while (Date.now() <= at) {
    // A millisecond at most: the catalog's times have millisecond precision.
  }
  return new Date(at).toISOString();
}

describe('the catalog read as it stood on a date, and cycles measured against what stood at their start', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(async () => {
    await stack.close();
  });

  const read = async (path: string) =>
    expectOk(await stack.http.get(path, { as: users.auditor })).body;

  it('answers a service as it stood before and after an edit and a retirement; 404 before it existed', async () => {
    const beforeCreation = instant();
    const { id, name } = await createService(stack.http);
    const created = instant();
    expectOk(
      await stack.http.request('PATCH', `/v1/services/${id}`, {
        as: users.improver,
        body: { name: `${name} (renamed)`, critical: true },
      }),
    );
    const edited = instant();
    expectOk(
      await stack.http.post(`/v1/services/${id}/retire`, { reason: 'Merged' }, { as: users.admin }),
    );

    const now = await read(`/v1/services/${id}`);
    expect(await read(`/v1/services/${id}?asOf=${created}`)).toEqual({
      ...now,
      name,
      critical: false,
      retiredAt: null,
      retiredReason: null,
      version: 1,
    });
    expect(await read(`/v1/services/${id}?asOf=${edited}`)).toEqual({
      ...now,
      retiredAt: null,
      retiredReason: null,
      version: 2,
    });
    expect(now).toMatchObject({ name: `${name} (renamed)`, retiredReason: 'Merged', version: 3 });
    const asOfThen = await stack.http.get(`/v1/services/${id}?asOf=${created}`, {
      as: users.auditor,
    });
    expect(asOfThen.headers.get('etag')).toBe('"1"');
    expect(
      (await stack.http.get(`/v1/services/${id}?asOf=${beforeCreation}`, { as: users.auditor }))
        .status,
    ).toBe(404);
    expect(
      (await stack.http.get(`/v1/services/${id}?asOf=yesterday`, { as: users.auditor })).status,
    ).toBe(400);
  });

  it('answers a KPI with its terms and its measurements as they stood', async () => {
    const { kpi } = await serviceWithKpi(stack.http);
    const measure = async (value: number) =>
      expectOk(
        await stack.http.post(
          `/v1/kpis/${kpi.id}/measurements`,
          { value, measuredAt: new Date().toISOString(), source: 'ticketing' },
          { as: users.improver },
        ),
        201,
      );
    await measure(7);
    const first = instant();
    expectOk(
      await stack.http.request('PATCH', `/v1/kpis/${kpi.id}`, {
        as: users.improver,
        body: { target: 1 },
      }),
    );
    await measure(5);

    const then = await read(`/v1/kpis/${kpi.id}?asOf=${first}`);
    expect(then).toMatchObject({ target: 2, version: 1, latestValue: 7, measurementCount: 1 });
    expect(then.measurements.map((row: { value: number }) => row.value)).toEqual([7]);
    expect(await read(`/v1/kpis/${kpi.id}`)).toMatchObject({
      target: 1,
      version: 2,
      latestValue: 5,
      measurementCount: 2,
    });
  });

  it('keeps measuring a cycle against the target that stood when it started', async () => {
    const { service, kpi } = await serviceWithKpi(stack.http);
    expectOk(
      await stack.http.post(
        `/v1/kpis/${kpi.id}/measurements`,
        { value: 6, measuredAt: new Date().toISOString(), source: 'ticketing' },
        { as: users.improver },
      ),
      201,
    );
    const id = await startCycle(stack.http, service.id, {});
    await waitForCycle(stack.http, id, 'the cycle is recorded', () => true);
    expectOk(
      await stack.http.request('PUT', `/v1/cycles/${id}/gap`, {
        as: users.improver,
        body: gap(kpi.id),
      }),
    );
    const before = (await read(`/v1/cycles/${id}`)).outcome.kpi;
    expect(before).toEqual({
      baseline: 9,
      atStart: 6,
      latest: 6,
      target: 2,
      achievedPercent: 42.9,
    });

    // The organization raises the target after the cycle started: later cycles measure against it.
    expectOk(
      await stack.http.request('PATCH', `/v1/kpis/${kpi.id}`, {
        as: users.improver,
        body: { target: 0, baseline: 10 },
      }),
    );

    expect((await read(`/v1/cycles/${id}`)).outcome.kpi).toEqual(before);
    expect(await read(`/v1/kpis/${kpi.id}`)).toMatchObject({ baseline: 10, target: 0 });
    expect(
      (
        await stack.http.get(`/v1/services/${randomUUID()}?asOf=${instant()}`, {
          as: users.auditor,
        })
      ).status,
    ).toBe(404);
  });
});
