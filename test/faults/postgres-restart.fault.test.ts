import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { waitUntil } from '@app/local-stack';
import { initiatives } from '../support/cycle-steps';
import { testEnvironment } from '../support/test-environment';
import { checkInvariants, driveCycles, FaultStack, TWO_GATES } from './fault-harness';

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
    await sleep(500);
    // The fault must hit work in flight, or it proves nothing.
    expect(drives.unfinished()).toBeGreaterThan(0);
    restartPostgres();
    await waitUntil('PostgreSQL to accept connections', async () => {
      const client = new Client({ connectionString: testEnvironment().databaseUrl });
      await client.connect();
      await client.end();
      return true;
    });
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
