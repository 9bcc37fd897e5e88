import { randomUUID } from 'node:crypto';
import { Role } from '@app/domain';
import {
  actionsOf,
  causes,
  expectOk,
  gap,
  historyOf,
  startCycleOnNewService,
} from '../support/cycle-steps';
import type { TestStack } from '../support/test-stack';
import { startTestStack } from '../support/test-stack';
import { users } from '../support/users';

type Caller = { sub: string; roles: Role[] };

const manager = (name: string): Caller => ({
  sub: `${name}-${randomUUID().slice(0, 8)}`,
  roles: [Role.Manager],
});
const HOUR = 60 * 60 * 1000;

describe('approvals routed by each service’s policy, with quorum and delegation', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(async () => {
    await stack.close();
  });

  /** People are known once they have signed in: each calls the API once. */
  const signIn = async (...callers: Caller[]) => {
    for (const caller of callers) {
      expectOk(await stack.http.get('/v1/people/me', { as: caller }));
    }
  };
  const policyOf = (serviceId: string) =>
    stack.http.get(`/v1/services/${serviceId}/approval-policy`, { as: users.auditor });
  const putPolicy = (serviceId: string, body: unknown) =>
    stack.http.request('PUT', `/v1/services/${serviceId}/approval-policy`, {
      as: users.admin,
      body,
    });
  const decide = (id: string, as: Caller, decision = 'approve') =>
    stack.http.post(`/v1/cycles/${id}/decisions`, { decision, reason: 'Read it' }, { as });
  const inboxOf = async (as: Caller) =>
    expectOk(await stack.http.get('/v1/approvals/pending?limit=100', { as })).body.items as {
      id: string;
      kind: string;
      quorum: number;
      approvals: { by: string }[];
      waitingSeconds: number;
    }[];
  /** A cycle of a new service with `policy`, its gap submitted by the improver. */
  const submittedUnder = async (policy: Record<string, unknown>) => {
    const { service, id } = await startCycleOnNewService(stack.http);
    expectOk(await putPolicy(service.id, policy));
    expectOk(
      await stack.http.request('PUT', `/v1/cycles/${id}/gap`, { as: users.improver, body: gap() }),
    );
    expectOk(await stack.http.post(`/v1/cycles/${id}/submit`, {}, { as: users.improver }));
    return { serviceId: service.id, id };
  };

  it('keeps versions of a service’s policy, refusing unknown people and an unreachable quorum', async () => {
    const [ana, ben] = [manager('ana'), manager('ben')];
    await signIn(ana, ben);
    const { service } = await startCycleOnNewService(stack.http);

    const none = expectOk(await policyOf(service.id)).body;
    const unknown = await putPolicy(service.id, {
      approvers: [ana.sub, 'nobody-by-that-name'],
      quorum: 1,
      escalateTo: [],
    });
    const tooMany = await putPolicy(service.id, {
      approvers: [ana.sub],
      quorum: 2,
      escalateTo: [],
    });
    const unchanged = expectOk(await policyOf(service.id)).body;
    const first = expectOk(
      await putPolicy(service.id, { approvers: [ana.sub], quorum: 1, escalateTo: [] }),
    ).body;
    const second = expectOk(
      await putPolicy(service.id, {
        approvers: [ana.sub, ben.sub],
        quorum: 2,
        escalateTo: [ben.sub],
      }),
    ).body;

    expect(none).toMatchObject({ serviceId: service.id, version: null, quorum: 1, approvers: [] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.detail).toContain('nobody-by-that-name');
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.errors).toEqual([{ field: 'quorum', message: expect.any(String) }]);
    expect(unchanged.version).toBeNull();
    expect(first).toMatchObject({ version: 1, approvers: [ana.sub], setBy: users.admin.sub });
    expect(second).toMatchObject({ version: 2, quorum: 2, escalateTo: [ben.sub] });
    expect(expectOk(await policyOf(service.id)).body).toEqual(second);
    const audit = expectOk(
      await stack.http.get(`/v1/catalog/history?entityId=${service.id}`, { as: users.auditor }),
    ).body.items;
    expect(actionsOf(audit).filter((action) => action === 'approval_policy_set')).toHaveLength(2);
    expect(
      (await stack.http.get(`/v1/services/${randomUUID()}/approval-policy`, { as: ana })).status,
    ).toBe(404);
  });

  it('lets only the policy’s approvers decide, moves on at the quorum, and shows each inbox its own waits', async () => {
    const [ana, ben, outsider] = [manager('ana'), manager('ben'), manager('mara')];
    await signIn(ana, ben, outsider);
    const { id } = await submittedUnder({
      approvers: [ana.sub, ben.sub],
      quorum: 2,
      escalateTo: [],
    });

    const anaSees = (await inboxOf(ana)).find((wait) => wait.id === id);
    const outsiderSees = (await inboxOf(outsider)).some((wait) => wait.id === id);
    const adminSees = (await inboxOf(users.admin)).some((wait) => wait.id === id);
    const refused = await decide(id, outsider);
    const first = expectOk(await decide(id, ana)).body;
    const twice = await decide(id, ana);
    const anaStillSees = (await inboxOf(ana)).some((wait) => wait.id === id);
    const benSees = (await inboxOf(ben)).find((wait) => wait.id === id);
    const moved = expectOk(await decide(id, ben)).body;

    expect(anaSees).toMatchObject({ kind: 'gate', quorum: 2, approvals: [] });
    expect(anaSees?.waitingSeconds).toBeGreaterThanOrEqual(0);
    expect(outsiderSees).toBe(false);
    expect(adminSees).toBe(true);
    expect(refused.status).toBe(403);
    expect(first).toMatchObject({ stage: 'gap_identification', status: 'awaiting_approval' });
    expect(twice.status).toBe(409);
    expect(anaStillSees).toBe(false);
    expect(benSees?.approvals).toEqual([{ by: ana.sub, at: expect.any(String), onBehalfOf: null }]);
    expect(moved).toMatchObject({ stage: 'root_cause_analysis', status: 'in_progress' });
    const history = await historyOf(stack.http, id);
    expect(actionsOf(history).slice(-2)).toEqual(['approval_recorded', 'stage_approved']);
  });

  it('lets a delegate decide for an approver while the delegation stands, recorded on their behalf', async () => {
    const [ana, dora, other] = [manager('ana'), manager('dora'), manager('otto')];
    await signIn(ana, dora, other);
    const { id } = await submittedUnder({ approvers: [ana.sub], quorum: 1, escalateTo: [] });
    const delegate = (as: Caller, body: Record<string, unknown>) =>
      stack.http.post('/v1/delegations', body, { as });
    const window = {
      startsAt: new Date(Date.now() - HOUR).toISOString(),
      endsAt: new Date(Date.now() + HOUR).toISOString(),
      reason: 'On leave',
    };

    const improver = { sub: `ivy-${randomUUID().slice(0, 8)}`, roles: [Role.Improver] };
    await signIn(improver);
    const toSelf = await delegate(ana, { ...window, delegateId: ana.sub });
    const toNonManager = await delegate(ana, { ...window, delegateId: improver.sub });
    const backwards = await delegate(ana, {
      ...window,
      delegateId: dora.sub,
      endsAt: window.startsAt,
      startsAt: window.endsAt,
    });
    const beforeDelegation = await decide(id, dora);
    const created = expectOk(await delegate(ana, { ...window, delegateId: dora.sub }), 201).body;
    const doraSees = (await inboxOf(dora)).some((wait) => wait.id === id);
    const notTheirs = await stack.http.request('DELETE', `/v1/delegations/${created.id}`, {
      as: other,
    });
    const listed = expectOk(await stack.http.get('/v1/delegations', { as: dora })).body.items;
    const decided = expectOk(await decide(id, dora)).body;

    expect(toSelf.status).toBe(400);
    expect(toNonManager.status).toBe(400);
    expect(backwards.status).toBe(400);
    expect(beforeDelegation.status).toBe(403);
    expect(created).toMatchObject({ delegatorId: ana.sub, delegateId: dora.sub, active: true });
    expect(doraSees).toBe(true);
    expect(notTheirs.status).toBe(403);
    expect(listed.map((row: { id: string }) => row.id)).toContain(created.id);
    expect(decided.stage).toBe('root_cause_analysis');
    const approved = (await historyOf(stack.http, id)).at(-1);
    expect(approved).toMatchObject({
      action: 'stage_approved',
      actor: { id: dora.sub },
      data: { onBehalfOf: ana.sub },
    });

    // Revoked, it stops at once: the next gate is not dora's to decide.
    expect(
      (await stack.http.request('DELETE', `/v1/delegations/${created.id}`, { as: ana })).status,
    ).toBe(204);
    await stack.http.request('PUT', `/v1/cycles/${id}/root-causes`, {
      as: users.improver,
      body: causes,
    });
    expectOk(await stack.http.post(`/v1/cycles/${id}/submit`, {}, { as: users.improver }));
    expect((await decide(id, dora)).status).toBe(403);
    expect((await inboxOf(dora)).some((wait) => wait.id === id)).toBe(false);
  });
});
