import type { ChildProcess } from 'node:child_process';
import { waitUntil } from '@app/local-stack';
import { killHard, spawnBuiltWorker } from '../support/built-worker';
import { expectOk, gap, startCycleOnNewService } from '../support/cycle-steps';
import { queryDatabase } from '../support/database';
import type { TestStack } from '../support/test-stack';
import { startTestStack } from '../support/test-stack';
import { users } from '../support/users';

describe('a worker killed with SIGKILL in the middle of a stage', () => {
  let stack: TestStack;
  let worker: ChildProcess | undefined;

  const startWorker = (): ChildProcess => (worker = spawnBuiltWorker(stack.taskQueue));

  beforeAll(async () => {
    stack = await startTestStack({ worker: false });
  });
  afterAll(async () => {
    await killHard(worker);
    await stack.close();
  });

  it('loses no command and records no audit event twice once a new worker takes over', async () => {
    const first = startWorker();
    const { id } = await startCycleOnNewService(stack.http);
    const put = (key: string) =>
      stack.http.request('PUT', `/v1/cycles/${id}/gap`, {
        as: users.improver,
        body: gap(),
        headers: { 'idempotency-key': key },
      });
    const submit = () =>
      stack.http.post(
        `/v1/cycles/${id}/submit`,
        {},
        { as: users.improver, headers: { 'idempotency-key': `submit-${id}` } },
      );

    // Sent while the new worker process is still booting: the gap waits for it, nothing is lost.
    // A slow boot answers 503 first; the client retries with the same key and gets the outcome.
    await waitUntil(
      'the gap sent during the worker’s boot to be confirmed',
      async () => {
        const answer = await put(`gap-${id}`);
        expect([200, 503]).toContain(answer.status);
        return answer.status === 200;
      },
      { timeoutMs: 60_000, intervalMs: 200 },
    );
    const inFlight = submit();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await killHard(first);
    const during = await inFlight;
    expect([200, 503]).toContain(during.status);

    startWorker();
    // As a client would: retry with the same Idempotency-Key while the answer is 503.
    const after = await waitUntil(
      'the submit to be confirmed',
      async () => {
        const response = await submit();
        return response.status === 503 ? undefined : expectOk(response).body;
      },
      { timeoutMs: 60_000, intervalMs: 500 },
    );

    expect(after).toMatchObject({ stage: 'gap_identification', status: 'awaiting_approval' });
    const events = expectOk(await stack.http.get(`/v1/cycles/${id}/history`, { as: users.auditor }))
      .body.items;
    expect(events.map((event: { action: string }) => event.action)).toEqual([
      'cycle_started',
      'gap_recorded',
      'stage_submitted',
    ]);
    expect(await queryDatabase('SELECT status, version FROM cycles WHERE id = $1', [id])).toEqual([
      { status: 'awaiting_approval', version: 3 },
    ]);
    const decided = expectOk(
      await stack.http.post(
        `/v1/cycles/${id}/decisions`,
        { decision: 'approve' },
        { as: users.manager },
      ),
    ).body;
    expect(decided.stage).toBe('root_cause_analysis');
  });
});
