import { setTimeout as sleep } from 'node:timers/promises';
import { initiatives } from '../support/cycle-steps';
import { testEnvironment } from '../support/test-environment';
import { checkInvariants, driveCycles, FaultStack, TWO_GATES } from './fault-harness';

describe('fault: the worker is killed with SIGKILL in the middle of activities', () => {
  const temporalAddress = testEnvironment().temporalAddress;
  const stack = new FaultStack(temporalAddress);
  beforeAll(() => stack.start());
  afterAll(() => stack.close());

  it('a new worker finishes the work and every invariant holds', async () => {
    const drives = driveCycles(stack, 8);
    await sleep(500);
    // The fault must hit work in flight, or it proves nothing.
    expect(drives.unfinished()).toBeGreaterThan(0);
    await stack.killWorker();
    await sleep(1_000);
    stack.startWorker();
    const ids = await drives.done;
    const clearedAt = Date.now();

    for (const id of ids) {
      expect((await stack.send('PUT', `/v1/cycles/${id}/initiatives`, initiatives())).status).toBe(
        200,
      );
    }
    await checkInvariants(
      stack,
      temporalAddress,
      ids.map((id) => ({ id, actions: [...TWO_GATES, 'initiatives_recorded'] })),
      clearedAt,
    );
  });
});
