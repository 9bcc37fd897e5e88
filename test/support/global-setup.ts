// Global setup runs outside jest's module mapper: resolve @app/* the way tsconfig does.
import 'tsconfig-paths/register';
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createScratchDatabase, findTemporalCli, startTemporalDevServer } from '@app/local-stack';
import { migrateDatabase } from '@app/persistence';
import { bundleWorkflows } from '../../apps/worker/src/workflow-bundle';
import { publishTestEnvironment } from './test-environment';

/** The local PostgreSQL server the tests create their database on. */
export const TEST_POSTGRES_SERVER =
  process.env.TEST_POSTGRES_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * Once per run: a fresh database with the migrations applied, a Temporal dev server on free ports,
 * and the workflow bundle, shared by every test file.
 */
export default async function globalSetup(): Promise<void> {
  const workDir = mkdtempSync(join(tmpdir(), 'cycles-test-'));
  const [database, temporal, bundle] = await Promise.all([
    createScratchDatabase(TEST_POSTGRES_SERVER, 'cycles_test'),
    startTemporalDevServer({
      cliPath: findTemporalCli(process.env.TEMPORAL_CLI_PATH),
      logFile: join(workDir, 'temporal.log'),
    }),
    bundleWorkflows(),
  ]);
  await migrateDatabase(database.url);
  const workflowBundlePath = join(workDir, 'workflow-bundle.js');
  writeFileSync(workflowBundlePath, bundle);
  publishTestEnvironment({
    databaseUrl: database.url,
    temporalAddress: temporal.address,
    workflowBundlePath,
    jwtSecret: randomBytes(32).toString('hex'),
  });
  globalThis.__cyclesTestTeardown = async () => {
    await temporal.stop();
    await database.drop();
  };
}

declare global {
  var __cyclesTestTeardown: (() => Promise<void>) | undefined;
}
