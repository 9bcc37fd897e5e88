import { waitUntil } from '@app/local-stack';
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

export const initiatives = (kpiId?: string) => ({
  initiatives: [
    {
      title: 'Assign an inbox owner per shift',
      ownerId: 'olga',
      dueDate: '2020-01-31',
      ...(kpiId ? { kpiId } : {}),
      expectedEffect: 'Replacement time down to 4 days',
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
  expectOk(
    await http.request('PUT', `/v1/cycles/${id}/root-causes`, { as: users.improver, body: causes }),
  );
  await passGate(http, id);
  expectOk(
    await http.request('PUT', `/v1/cycles/${id}/initiatives`, {
      as: users.improver,
      body: initiatives(kpiId),
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
