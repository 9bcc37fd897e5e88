import { Role } from '@app/domain';
import {
  expectOk,
  gap,
  otherManager,
  reachMonitoring,
  startCycleOnNewService,
} from '../support/cycle-steps';
import type { TestStack } from '../support/test-stack';
import { startTestStack } from '../support/test-stack';
import { users } from '../support/users';

/** One person holding both roles: may write a stage's work and approve others'. */
const bo = { sub: 'bo-improver-manager', roles: [Role.Improver, Role.Manager] };

describe('four eyes on every path', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(() => stack.close());

  it('refuses the author of a stage’s work even when someone else pressed submit', async () => {
    const { id } = await startCycleOnNewService(stack.http);
    expectOk(await stack.http.request('PUT', `/v1/cycles/${id}/gap`, { as: bo, body: gap() }));
    expectOk(await stack.http.post(`/v1/cycles/${id}/submit`, {}, { as: users.improver }));

    const byAuthor = await stack.http.post(
      `/v1/cycles/${id}/decisions`,
      { decision: 'approve' },
      { as: bo },
    );

    expect(byAuthor.status).toBe(403);
    expect(byAuthor.body.detail).toMatch(/work they wrote/);
    const cycle = expectOk(await stack.http.get(`/v1/cycles/${id}`, { as: users.auditor })).body;
    expect(cycle).toMatchObject({ stage: 'gap_identification', status: 'awaiting_approval' });
    const approved = expectOk(
      await stack.http.post(
        `/v1/cycles/${id}/decisions`,
        { decision: 'approve' },
        { as: users.manager },
      ),
    ).body;
    expect(approved.stage).toBe('root_cause_analysis');
  });

  it('refuses the manager who triggered a re-evaluation to decide it; another manager may', async () => {
    const { id } = await startCycleOnNewService(stack.http);
    await reachMonitoring(stack.http, id);
    const waiting = expectOk(
      await stack.http.post(
        `/v1/cycles/${id}/re-evaluate-now`,
        { reason: 'Board review' },
        { as: users.manager },
      ),
    ).body;
    expect(waiting.pendingApproval.excludedDeciders).toContain(users.manager.sub);

    const bySelf = await stack.http.post(
      `/v1/cycles/${id}/decisions`,
      { decision: 'close', reason: 'Done' },
      { as: users.manager },
    );

    expect(bySelf.status).toBe(403);
    expect((await stack.http.get(`/v1/cycles/${id}`, { as: users.auditor })).body.status).toBe(
      'awaiting_approval',
    );
    const closed = expectOk(
      await stack.http.post(
        `/v1/cycles/${id}/decisions`,
        { decision: 'close', reason: 'Done' },
        { as: otherManager },
      ),
    ).body;
    expect(closed.status).toBe('closed');
  });

  it('compares person ids exactly as given: another case is another person', async () => {
    const { id } = await startCycleOnNewService(stack.http);
    expectOk(await stack.http.request('PUT', `/v1/cycles/${id}/gap`, { as: bo, body: gap() }));
    expectOk(await stack.http.post(`/v1/cycles/${id}/submit`, {}, { as: bo }));
    const upper = { ...bo, sub: bo.sub.toUpperCase() };

    const decided = await stack.http.post(
      `/v1/cycles/${id}/decisions`,
      { decision: 'approve' },
      { as: upper },
    );

    expect(decided.status).toBe(200);
    expect(decided.body.decisions[0].by.id).toBe(upper.sub);
  });
});
