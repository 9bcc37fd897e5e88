import { waitUntil } from '@app/local-stack';
import { testEnvironment } from '../support/test-environment';
import { restartPostgres } from './restart-postgres';
import { continueAndCheck, driveCycles, FaultStack } from './fault-harness';

describe('fault: PostgreSQL restarts in the middle of cycles', () => {
  const temporalAddress = testEnvironment().temporalAddress;
  const stack = new FaultStack(temporalAddress);
  beforeAll(() => stack.start());
  afterAll(() => stack.close());

  it('loses nothing: activities retry, projections and chains catch up', async () => {
    const drives = driveCycles(stack, 6);
    // Restart once every cycle exists, while their commands are still in flight.
    await waitUntil('every cycle to start', async () => drives.started() === 6, {
      timeoutMs: 60_000,
      intervalMs: 20,
    });
    // The fault must hit work in flight, or it proves nothing.
    expect(drives.unfinished()).toBeGreaterThan(0);
    await restartPostgres();
    await continueAndCheck(stack, temporalAddress, await drives.done);
  });
});
