import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { Client } from 'pg';
import { waitUntil } from '@app/local-stack';
import { testEnvironment } from '../support/test-environment';
import { continueAndCheck, driveCycles, FaultStack } from './fault-harness';

/** The local cluster, restarted the way an operator would (this suite runs alone, in band). */
function restartPostgres(): void {
  const [version] = readdirSync('/etc/postgresql');
  if (!version) {
    throw new Error('no PostgreSQL cluster under /etc/postgresql');
  }
  execFileSync('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', 'restart'], {
    stdio: 'ignore',
  });
}

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
    restartPostgres();
    await waitUntil('PostgreSQL to accept connections', async () => {
      const client = new Client({ connectionString: testEnvironment().databaseUrl });
      await client.connect();
      await client.end();
      return true;
    });
    await continueAndCheck(stack, temporalAddress, await drives.done);
  });
});
