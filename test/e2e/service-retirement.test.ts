import { randomUUID } from 'node:crypto';
import { expectOk, gap, passGate, startCycleOnNewService } from '../support/cycle-steps';
import { organizationBuilder } from '../support/organization';
import type { TestStack } from '../support/test-stack';
import { startTestStack } from '../support/test-stack';
import { users } from '../support/users';

describe('retiring and reinstating a service', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(async () => {
    await stack.close();
  });
  const { organization } = organizationBuilder(() => stack.http);
  const as = { as: users.improver };
  const retire = (id: string, reason: string, who = users.improver) =>
    stack.http.post(`/v1/services/${id}/retire`, { reason }, { as: who });
  const reinstate = (id: string, reason: string, who = users.improver) =>
    stack.http.post(`/v1/services/${id}/reinstate`, { reason }, { as: who });
  const startCycle = (serviceId: string) =>
    stack.http.post('/v1/cycles', { serviceId }, { as: users.improver });

  it('retires with a reason, refuses a new cycle while retired, and reinstates, each change on the chain', async () => {
    const { services } = await organization();
    const id = services.laptops;

    const retired = expectOk(await retire(id, 'Laptops are now leased with repairs included'));
    expect(retired.body).toMatchObject({
      id,
      version: 2,
      retiredAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      retiredReason: 'Laptops are now leased with repairs included',
    });
    expect(retired.headers.get('etag')).toBe('"2"');
    expect(expectOk(await stack.http.get(`/v1/services/${id}`, as)).body).toEqual(retired.body);
    expect((await retire(id, 'Again')).status).toBe(409);

    const refused = await startCycle(id);
    expect(refused.status).toBe(409);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.body.detail).toContain('retired');

    const back = expectOk(await reinstate(id, 'The lease ended', users.admin));
    expect(back.body).toMatchObject({ version: 3, retiredAt: null, retiredReason: null });
    expect((await reinstate(id, 'Again')).status).toBe(409);
    expectOk(await startCycle(id), 202);

    const events = (
      expectOk(await stack.http.get(`/v1/catalog/history?entityId=${id}`, { as: users.auditor }))
        .body.items as { action: string; actor: { id: string }; data: unknown }[]
    ).filter((event) => ['service_retired', 'service_reinstated'].includes(event.action));
    expect(events.map(({ action, actor, data }) => ({ action, actor: actor.id, data }))).toEqual([
      {
        action: 'service_retired',
        actor: users.improver.sub,
        data: {
          id,
          version: 2,
          before: { retiredAt: null, retiredReason: null },
          after: {
            retiredAt: retired.body.retiredAt,
            retiredReason: 'Laptops are now leased with repairs included',
          },
          reason: 'Laptops are now leased with repairs included',
        },
      },
      {
        action: 'service_reinstated',
        actor: users.admin.sub,
        data: {
          id,
          version: 3,
          before: {
            retiredAt: retired.body.retiredAt,
            retiredReason: 'Laptops are now leased with repairs included',
          },
          after: { retiredAt: null, retiredReason: null },
          reason: 'The lease ended',
        },
      },
    ]);
  });

  it('refuses a retirement without a reason, of an unknown service, or by a manager', async () => {
    const { services } = await organization();
    expect((await stack.http.post(`/v1/services/${services.cards}/retire`, {}, as)).status).toBe(
      400,
    );
    expect((await retire(services.cards, '')).status).toBe(400);
    expect((await retire(randomUUID(), 'Gone')).status).toBe(404);
    expect((await retire(services.cards, 'Gone', users.manager)).status).toBe(403);
    expect((await reinstate(services.cards, 'Back', users.auditor)).status).toBe(403);
    expect(expectOk(await stack.http.get(`/v1/services/${services.cards}`, as)).body).toMatchObject(
      { version: 1, retiredAt: null },
    );
  });

  it('leaves a retired service out of the ranking and the matrix unless asked for', async () => {
    const { services, survey } = await organization();
    expectOk(await retire(services.claims, 'Claims moved to an insurer'));

    const ranked = async (query: string) =>
      (
        expectOk(
          await stack.http.get(`/v1/priorities?surveyId=${survey}&period=2026-Q3${query}`, {
            as: users.manager,
          }),
        ).body.items as { serviceId: string }[]
      ).map((item) => item.serviceId);
    const inMatrix = async (query: string) => {
      const matrix = expectOk(await stack.http.get(`/v1/service-matrix${query}`, as)).body;
      return {
        services: (matrix.services as { id: string }[]).map((service) => service.id),
        cells: (matrix.cells as { serviceId: string }[]).map((cell) => cell.serviceId),
      };
    };

    expect(await ranked('')).not.toContain(services.claims);
    expect(await ranked('')).toEqual(expect.arrayContaining([services.cards, services.access]));
    expect(await ranked('&includeRetired=true')).toContain(services.claims);
    expect(await ranked('&includeRetired=false')).not.toContain(services.claims);
    const hidden = await inMatrix('');
    expect(hidden.services).not.toContain(services.claims);
    expect(hidden.cells).not.toContain(services.claims);
    expect(hidden.services).toContain(services.cards);
    const shown = await inMatrix('?includeRetired=true');
    expect(shown.services).toContain(services.claims);
    expect(shown.cells).toContain(services.claims);
    expect((await stack.http.get('/v1/service-matrix?includeRetired=maybe', as)).status).toBe(400);

    expectOk(await reinstate(services.claims, 'The insurer returned it'));
    expect(await ranked('')).toContain(services.claims);
    expect((await inMatrix('')).services).toContain(services.claims);
  });

  it('lets the cycle running on a service go on after it is retired, to the next stage', async () => {
    const { service, id } = await startCycleOnNewService(stack.http);
    expectOk(await retire(service.id, 'Shut down at the end of the quarter'));

    expectOk(
      await stack.http.request('PUT', `/v1/cycles/${id}/gap`, { as: users.improver, body: gap() }),
    );
    const decided = await passGate(stack.http, id);

    expect(decided).toMatchObject({ stage: 'root_cause_analysis', status: 'in_progress' });
    const again = await startCycle(service.id);
    expect(again.status).toBe(409);
  });
});
