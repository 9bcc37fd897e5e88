import { randomUUID } from 'node:crypto';
import {
  actionsOf,
  expectOk,
  gap,
  historyOf,
  otherManager,
  reachMonitoring,
  startCycleOnNewService,
  waitForCycle,
} from '../support/cycle-steps';
import { queryDatabase } from '../support/database';
import { recordHistoryIfAsked } from '../support/record-history';
import type { TestStack } from '../support/test-stack';
import { startTestStack } from '../support/test-stack';
import { users } from '../support/users';

describe('restarting, cancelling and surviving a worker restart, over HTTP on Temporal and PostgreSQL', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(async () => {
    await stack.close();
  });

  const put = (path: string, body: unknown, as = users.improver) =>
    stack.http.request('PUT', path, { as, body });

  it('restarts: the cycle closes and a new cycle of the same service starts, linked to it', async () => {
    const { service, id } = await startCycleOnNewService(stack.http);
    await reachMonitoring(stack.http, id);
    expectOk(
      await stack.http.post(
        `/v1/cycles/${id}/re-evaluate-now`,
        { reason: 'Strategy changed' },
        // Another manager asks: whoever triggers a re-evaluation does not decide it.
        { as: otherManager },
      ),
    );

    const restarted = expectOk(
      await stack.http.post(
        `/v1/cycles/${id}/decisions`,
        { decision: 'restart', reason: 'New priorities' },
        { as: users.manager },
      ),
    ).body;

    expect(restarted).toMatchObject({
      stage: 'closed',
      status: 'closed',
      outcome: { decision: 'restart' },
    });
    const nextId = restarted.nextCycleId;
    expect(nextId).toEqual(expect.any(String));
    const next = await waitForCycle(stack.http, nextId, 'the new cycle', () => true);
    expect(next).toMatchObject({
      serviceId: service.id,
      previousCycleId: id,
      stage: 'gap_identification',
      status: 'in_progress',
    });
    expect((await historyOf(stack.http, id)).at(-1)).toMatchObject({
      action: 'cycle_restarted',
      data: { nextCycleId: nextId },
    });
    expect((await historyOf(stack.http, nextId))[0]).toMatchObject({
      action: 'cycle_started',
      data: { previousCycleId: id },
    });
    await recordHistoryIfAsked(`cycle-${id}`, 'cycle-restarted');
  });

  it('cancels from any stage with a reason, freeing the service for a new cycle', async () => {
    const { service, id } = await startCycleOnNewService(stack.http);
    expectOk(await put(`/v1/cycles/${id}/gap`, gap()));
    expect(
      (await stack.http.post(`/v1/cycles/${id}/cancel`, {}, { as: users.manager })).status,
    ).toBe(400);
    expect(
      (await stack.http.post(`/v1/cycles/${id}/cancel`, { reason: 'x' }, { as: users.improver }))
        .status,
    ).toBe(403);

    const cancelled = expectOk(
      await stack.http.post(
        `/v1/cycles/${id}/cancel`,
        { reason: 'Service retired' },
        { as: users.manager },
      ),
    ).body;

    expect(cancelled).toMatchObject({
      stage: 'cancelled',
      status: 'cancelled',
      outcome: { decision: 'cancel', reason: 'Service retired' },
    });
    expect((await historyOf(stack.http, id)).at(-1)).toMatchObject({
      action: 'cycle_cancelled',
      stage: 'gap_identification',
      actor: { id: users.manager.sub },
    });
    expect(
      (await stack.http.post('/v1/cycles', { serviceId: service.id }, { as: users.improver }))
        .status,
    ).toBe(202);
    await recordHistoryIfAsked(`cycle-${id}`, 'cycle-cancelled');
  });

  it('loses nothing and records nothing twice when the worker stops mid-stage and comes back', async () => {
    const { id } = await startCycleOnNewService(stack.http);
    expectOk(await put(`/v1/cycles/${id}/gap`, gap()));
    const key = `submit-${randomUUID()}`;
    const submit = () =>
      stack.http.post(
        `/v1/cycles/${id}/submit`,
        {},
        { as: users.improver, headers: { 'idempotency-key': key } },
      );

    const inFlight = submit();
    await stack.worker.stop();
    const during = await inFlight;
    expect([200, 503]).toContain(during.status);
    await stack.worker.start();
    const after = expectOk(await submit()).body;

    expect(after).toMatchObject({ stage: 'gap_identification', status: 'awaiting_approval' });
    const actions = actionsOf(await historyOf(stack.http, id));
    expect(actions).toEqual(['cycle_started', 'gap_recorded', 'stage_submitted']);
    expect(await queryDatabase('SELECT status FROM cycles WHERE id = $1', [id])).toEqual([
      { status: 'awaiting_approval' },
    ]);
  });
});
