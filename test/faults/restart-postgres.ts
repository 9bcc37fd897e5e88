import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { Client } from 'pg';
import { waitUntil } from '@app/local-stack';
import { testEnvironment } from '../support/test-environment';

/**
 * Restarts the local cluster the way an operator would (the fault suite runs alone, in band) and
 * resolves once it accepts connections again.
 */
export async function restartPostgres(): Promise<void> {
  const [version] = readdirSync('/etc/postgresql');
  if (!version) {
    throw new Error('no PostgreSQL cluster under /etc/postgresql');
  }
  execFileSync('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', 'restart'], {
    stdio: 'ignore',
  });
  await waitUntil('PostgreSQL to accept connections', async () => {
    const client = new Client({ connectionString: testEnvironment().databaseUrl });
    await client.connect();
    await client.end();
    return true;
  });
}
