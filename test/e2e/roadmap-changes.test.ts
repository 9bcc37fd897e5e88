import { randomUUID } from 'node:crypto';
import { Role } from '@app/domain';
import {
  actionsOf,
  expectOk,
  historyOf,
  reachMonitoring,
  startCycleOnNewService,
} from '../support/cycle-steps';
import type { TestStack } from '../support/test-stack';
import { startTestStack } from '../support/test-stack';
import { users } from '../support/users';

describe('the roadmap after approval, over HTTP', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(async () => {
    await stack.close();
  });

  const changesOf = (id: string) =>
    stack.http.get(`/v1/cycles/${id}/roadmap-changes`, { as: users.auditor });
  const propose = (id: string, body: unknown, as = users.improver) =>
    stack.http.post(`/v1/cycles/${id}/roadmap-changes`, body, { as });
  const decide = (id: string, changeId: string, body: unknown, as = users.manager) =>
    stack.http.post(`/v1/cycles/${id}/roadmap-changes/${changeId}/decisions`, body, { as });

  it('changes the approved roadmap only through an approved change, keeping a rejection’s reason', async () => {
    const { id } = await startCycleOnNewService(stack.http);
    const early = await propose(id, { reason: 'Too early', drop: [] });
    const cycle = await reachMonitoring(stack.http, id);
    const [first, second] = cycle.initiatives as { id: string; title: string }[];

    const unknown = await propose(id, {
      reason: 'Typo',
      drop: [{ id: randomUUID(), reason: 'x' }],
    });
    const proposed = expectOk(
      await propose(id, {
        reason: 'Priorities moved',
        add: [
          {
            title: 'Night owner',
            ownerId: 'nina',
            dueDate: '2099-09-30',
            expectedEffect: 'Fewer stuck cases',
          },
        ],
        change: [{ id: first?.id, dueDate: '2099-12-31', ownerId: 'olga' }],
        drop: [{ id: second?.id, reason: 'Another team does it' }],
      }),
      202,
    ).body;
    const another = await propose(id, {
      reason: 'Meanwhile',
      drop: [{ id: first?.id, reason: 'x' }],
    });
    const unchanged = expectOk(
      await stack.http.get(`/v1/cycles/${id}`, { as: users.auditor }),
    ).body;
    const inbox = expectOk(
      await stack.http.get('/v1/approvals/pending?limit=100', { as: users.manager }),
    ).body.items as { id: string; kind: string; roadmapChange?: { id: string } }[];
    const approved = expectOk(await decide(id, proposed.id, { decision: 'approve' })).body;
    const twice = await decide(
      id,
      proposed.id,
      { decision: 'approve' },
      { sub: 'mara-manager', roles: [Role.Manager] },
    );
    const after = expectOk(await stack.http.get(`/v1/cycles/${id}`, { as: users.auditor })).body;

    const rejectedChange = expectOk(
      await propose(id, { reason: 'Drop it after all', drop: [{ id: first?.id, reason: 'Moot' }] }),
      202,
    ).body;
    const rejected = expectOk(
      await decide(id, rejectedChange.id, { decision: 'reject', reason: 'Still needed' }),
    ).body;
    const listed = expectOk(await changesOf(id)).body;
    const pageOf = async (query: string) =>
      expectOk(
        await stack.http.get(`/v1/cycles/${id}/roadmap-changes?${query}`, { as: users.auditor }),
      ).body;
    const firstPage = await pageOf('limit=1');
    const secondPage = await pageOf(`limit=1&cursor=${firstPage.nextCursor}`);

    expect(early.status).toBe(409);
    expect(unknown.status).toBe(400);
    expect(proposed).toEqual({ id: expect.any(String), status: 'pending' });
    expect(another.status).toBe(409);
    expect(unchanged.initiatives.map((i: { status: string }) => i.status)).toEqual([
      'not_started',
      'not_started',
    ]);
    expect(inbox.find((wait) => wait.id === id)).toMatchObject({
      kind: 'roadmap_change',
      roadmapChange: { id: proposed.id },
    });
    expect(approved).toMatchObject({
      id: proposed.id,
      status: 'approved',
      addedIds: [expect.any(String)],
    });
    expect(twice.status).toBe(409);
    expect(after.initiatives).toEqual([
      expect.objectContaining({
        id: first?.id,
        dueDate: '2099-12-31',
        ownerId: 'olga',
        late: false,
      }),
      expect.objectContaining({
        id: second?.id,
        status: 'dropped',
        dropReason: 'Another team does it',
      }),
      expect.objectContaining({ id: approved.addedIds[0], title: 'Night owner' }),
    ]);
    expect(rejected).toMatchObject({
      status: 'rejected',
      decisions: [{ decision: 'reject', reason: 'Still needed', by: users.manager.sub }],
    });
    expect(listed.items.map((change: { status: string }) => change.status)).toEqual([
      'approved',
      'rejected',
    ]);
    expect([...firstPage.items, ...secondPage.items]).toEqual(listed.items);
    expect(secondPage.nextCursor).toBeNull();
    expect(actionsOf(await historyOf(stack.http, id))).toEqual(
      expect.arrayContaining([
        'roadmap_change_proposed',
        'roadmap_change_approved',
        'roadmap_change_rejected',
      ]),
    );
    const evidence = expectOk(
      await stack.http.get(`/v1/cycles/${id}/evidence`, { as: users.auditor }),
    ).body;
    expect(evidence.roadmapChanges).toHaveLength(2);
  });

  it('lets no one decide their own proposal, and answers 404 for a change the cycle never had', async () => {
    const both = { sub: `bo-${randomUUID().slice(0, 8)}`, roles: [Role.Improver, Role.Manager] };
    const { id } = await startCycleOnNewService(stack.http);
    const cycle = await reachMonitoring(stack.http, id);
    const proposed = expectOk(
      await propose(
        id,
        { reason: 'Later', change: [{ id: cycle.initiatives[0].id, dueDate: '2099-12-31' }] },
        both,
      ),
      202,
    ).body;

    expect((await decide(id, proposed.id, { decision: 'approve' }, both)).status).toBe(403);
    expect((await decide(id, randomUUID(), { decision: 'approve' })).status).toBe(404);
    expect((await decide(id, proposed.id, { decision: 'reject' })).status).toBe(400);
  });

  it('lets an initiative’s owner report on it without the improver role, and nobody else', async () => {
    const { id } = await startCycleOnNewService(stack.http);
    const cycle = await reachMonitoring(stack.http, id);
    const initiative = cycle.initiatives[0] as { id: string; ownerId: string };
    const owner = { sub: initiative.ownerId, roles: [] };
    const report = (as: { sub: string; roles: Role[] }) =>
      stack.http.post(
        `/v1/cycles/${id}/initiatives/${initiative.id}/progress`,
        { percentComplete: 40, status: 'on_track' },
        { as },
      );

    const byOwner = await report(owner);
    const byAuditor = await report(users.auditor);
    const byStranger = await report({ sub: 'stranger', roles: [] });

    expect(byOwner.status).toBe(200);
    expect(byOwner.body.initiatives[0]).toMatchObject({ percentComplete: 40, status: 'on_track' });
    expect(byAuditor.status).toBe(403);
    expect(byStranger.status).toBe(403);
    const reported = (await historyOf(stack.http, id)).at(-1);
    expect(reported).toMatchObject({
      action: 'initiative_progress_reported',
      actor: { id: initiative.ownerId },
    });
  });
});
