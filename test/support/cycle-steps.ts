import { waitUntil } from '@app/local-stack';
import { auditHash } from '@app/persistence';
import type { HttpClient, HttpResponse } from './http-client';
import { createService } from './factories';
import { users } from './users';

/** A second manager, so one can submit-check and another decide. */
export const otherManager = { sub: 'mara-manager', roles: users.manager.roles };

export const gap = (kpiId?: string) => ({
  statement: 'Card replacements take 9 days; branches promise 2',
  ...(kpiId ? { kpiId } : {}),
  currentValue: 9,
  targetValue: 2,
  evidence: 'Q3 internal survey: mean 2.1/5; ticket data',
});

export const causes = {
  causes: [
    {
      category: 'process',
      description: 'Requests wait in a shared inbox',
      whys: ['Nobody owns the inbox', 'Ownership was never assigned'],
      evidence: 'Inbox age report',
    },
  ],
};

/** Two initiatives; the first addresses `causeIds` (each root cause must be addressed). */
export const initiatives = (kpiId?: string, causeIds: string[] = []) => ({
  initiatives: [
    {
      title: 'Assign an inbox owner per shift',
      ownerId: 'olga',
      dueDate: '2020-01-31',
      ...(kpiId ? { kpiId } : {}),
      expectedEffect: 'Replacement time down to 4 days',
      ...(causeIds.length > 0 ? { addressesCauseIds: causeIds } : {}),
    },
    {
      title: 'Automate card ordering',
      ownerId: 'omar',
      dueDate: '2099-06-30',
      expectedEffect: 'Down to 2 days',
    },
  ],
});

export function expectOk(response: HttpResponse, status = 200): HttpResponse {
  if (response.status !== status) {
    throw new Error(`expected ${status}, got ${response.status}: ${JSON.stringify(response.body)}`);
  }
  return response;
}

/** Polls the cycle until `predicate` holds, as a user refreshing the page would. */
export function waitForCycle(
  http: HttpClient,
  id: string,
  what: string,
  predicate: (cycle: any) => boolean,
) {
  return waitUntil(
    what,
    async () => {
      const response = await http.get(`/v1/cycles/${id}`, { as: users.auditor });
      return response.status === 200 && predicate(response.body) ? response.body : undefined;
    },
    { timeoutMs: 30_000, intervalMs: 200 },
  );
}

/** The ids of a cycle's root causes, from its view. */
export const causeIdsOf = (cycle: { rootCauses: { id: string }[] }) =>
  cycle.rootCauses.map((cause) => cause.id);

/** Submits the current stage as the improver and approves it as a manager. */
export async function passGate(http: HttpClient, id: string): Promise<any> {
  expectOk(await http.post(`/v1/cycles/${id}/submit`, {}, { as: users.improver }));
  return expectOk(
    await http.post(`/v1/cycles/${id}/decisions`, { decision: 'approve' }, { as: users.manager }),
  ).body;
}

/** Takes a new cycle through the three gates into execution monitoring. */
export async function reachMonitoring(http: HttpClient, id: string, kpiId?: string): Promise<any> {
  expectOk(
    await http.request('PUT', `/v1/cycles/${id}/gap`, { as: users.improver, body: gap(kpiId) }),
  );
  await passGate(http, id);
  const recorded = expectOk(
    await http.request('PUT', `/v1/cycles/${id}/root-causes`, { as: users.improver, body: causes }),
  ).body;
  await passGate(http, id);
  expectOk(
    await http.request('PUT', `/v1/cycles/${id}/initiatives`, {
      as: users.improver,
      body: initiatives(kpiId, causeIdsOf(recorded)),
    }),
  );
  return passGate(http, id);
}

/** A new service with a cycle started on it by the improver. */
export async function startCycleOnNewService(
  http: HttpClient,
): Promise<{ service: { id: string }; id: string }> {
  const service = await createService(http);
  const started = expectOk(
    await http.post('/v1/cycles', { serviceId: service.id }, { as: users.improver }),
    202,
  );
  return { service, id: started.body.id as string };
}

/** A new service with a KPI to improve: 9 days to replace a card, 2 wanted. */
export async function serviceWithKpi(
  http: HttpClient,
): Promise<{ service: { id: string }; kpi: { id: string } }> {
  const service = await createService(http);
  const kpi = expectOk(
    await http.post(
      `/v1/services/${service.id}/kpis`,
      {
        name: 'Days to replace a card',
        unit: 'days',
        direction: 'lower_is_better',
        baseline: 9,
        target: 2,
      },
      { as: users.improver },
    ),
    201,
  ).body;
  return { service, kpi };
}

/** Starts a cycle of `serviceId` with `policy` as the improver; its id. */
export async function startCycle(
  http: HttpClient,
  serviceId: string,
  policy: Record<string, string>,
): Promise<string> {
  return expectOk(await http.post('/v1/cycles', { serviceId, policy }, { as: users.improver }), 202)
    .body.id;
}

/** Records a KPI measurement taken now. */
export async function measureKpi(
  http: HttpClient,
  kpiId: string,
  value: number,
  source?: string,
): Promise<void> {
  expectOk(
    await http.post(
      `/v1/kpis/${kpiId}/measurements`,
      { value, measuredAt: new Date().toISOString(), ...(source ? { source } : {}) },
      { as: users.improver },
    ),
    201,
  );
}

/** Reports the second initiative 40% done and off track; the first stays late, untouched. */
export async function reportOffTrack(http: HttpClient, id: string, onTimeId: string) {
  return expectOk(
    await http.post(
      `/v1/cycles/${id}/initiatives/${onTimeId}/progress`,
      { percentComplete: 40, status: 'off_track', note: 'Vendor delay' },
      { as: users.improver },
    ),
  );
}

/** The cycle's audit events, oldest first, as an auditor reads them. */
export async function historyOf(http: HttpClient, id: string): Promise<any[]> {
  return expectOk(await http.get(`/v1/cycles/${id}/history`, { as: users.auditor })).body.items;
}

export const actionsOf = (events: { action: string }[]) => events.map((event) => event.action);

/** What the timers did on their own, as actor `system`. */
export const systemActions = (events: any[]) =>
  new Set(events.filter((event) => event.actor.id === 'system').map((event) => event.action));

/** Every event of the cycle, numbered without gaps and chained by its hashes from genesis. */
export function expectChained(events: any[], id: string): void {
  expect(events.map((event: { seq: number }) => event.seq)).toEqual(
    events.map((_: unknown, index: number) => index + 1),
  );
  events.forEach((event: any, index: number) => {
    const { hash, ...unhashed } = event;
    expect(auditHash(unhashed)).toBe(hash);
    expect(event.prevHash).toBe(index === 0 ? '0'.repeat(64) : events[index - 1].hash);
    expect(event.cycleId).toBe(id);
  });
}
