import { setTimeout as sleep } from 'node:timers/promises';
import { testEnvironment } from '../support/test-environment';
import { continueAndCheck, driveCycles, FaultStack } from './fault-harness';

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
    await continueAndCheck(stack, temporalAddress, await drives.done);
  });
});
