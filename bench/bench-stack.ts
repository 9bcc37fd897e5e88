import { existsSync, mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { sign } from 'jsonwebtoken';
import type { ScratchDatabase, TemporalDevServer } from '@app/local-stack';
import {
  createScratchDatabase,
  findTemporalCli,
  projectRoot,
  startTemporalDevServer,
} from '@app/local-stack';
import { STANDARD_RETRY_SCHEDULE_MS } from '@app/domain';
import { migrateDatabase } from '@app/persistence';
import { createApiApp } from '../apps/api/src/create-api-app';
import { ApiSettings } from '../apps/api/src/platform/api-settings';
import {
  createCycleWorker,
  runCycleWorker,
  shutdownCycleWorker,
} from '../apps/worker/src/cycle-worker.factory';
import type { NotificationSettings } from '../apps/worker/src/notifications/notification-settings';
import { WorkerModule } from '../apps/worker/src/worker.module';

export interface BenchStack {
  databaseUrl: string;
  temporalAddress: string;
  temporal: Client;
  taskQueue: string;
  baseUrl: string;
  headers(roles: string[], sub?: string): Record<string, string>;
  close(): Promise<void>;
}

const SECRET = 'bench-secret-bench-secret-bench-secret';

/** Webhooks as `npm start` sends them (no mail), to receivers on this machine. */
const NOTIFICATIONS: NotificationSettings = {
  outbox: {
    mail: false,
    publicUrl: 'http://127.0.0.1',
    attemptLimit: STANDARD_RETRY_SCHEDULE_MS.length,
  },
  allowedHosts: ['127.0.0.1'],
  retryScheduleMs: [...STANDARD_RETRY_SCHEDULE_MS],
  mailFrom: 'bench@localhost',
};

/**
 * The product on a scratch database of BENCH_DATABASE_URL's server and a Temporal dev server of
 * its own (BENCH_TEMPORAL_ADDRESS to use another), with the API and a worker in this process.
 */
export async function startBenchStack(serverUrl: string): Promise<BenchStack> {
  const bundle = join(projectRoot(), 'dist', 'workflow-bundle.js');
  if (!existsSync(bundle)) {
    throw new Error('dist/workflow-bundle.js is missing: run npm run build first');
  }
  Runtime.install({ logger: new DefaultLogger('ERROR') });
  const database: ScratchDatabase = await createScratchDatabase(serverUrl, 'cycles_bench');
  await migrateDatabase(database.url);
  let devServer: TemporalDevServer | undefined;
  const address =
    process.env.BENCH_TEMPORAL_ADDRESS ??
    (devServer = await startTemporalDevServer({
      cliPath: findTemporalCli(process.env.TEMPORAL_CLI_PATH),
      dbFile: join(mkdtempSync(join(tmpdir(), 'cycles-bench-')), 'temporal.db'),
      // As npm start runs it.
      sqlitePragmas: ['journal_mode=wal'],
    })).address;
  const taskQueue = 'bench';
  const temporal = { address };
  const context = await NestFactory.createApplicationContext(
    WorkerModule.register({
      databaseUrl: database.url,
      databasePoolSize: 10,
      // The owner's login, which may publish the key as npm start's embedded database allows.
      auditSigning: { signer: taskQueue },
      notifications: NOTIFICATIONS,
      deliveries: { temporal, namespace: 'default', taskQueue },
    }),
    { logger: false },
  );
  // With its delivery worker, as `npm start` runs it.
  const worker = await createCycleWorker(context, {
    temporal,
    namespace: 'default',
    taskQueue,
    workflowBundlePath: bundle,
    deliveries: true,
  });
  const running = runCycleWorker(worker);
  const app = await createApiApp(
    new ApiSettings({
      databaseUrl: database.url,
      databasePoolSize: 10,
      temporalAddress: address,
      temporalNamespace: 'default',
      taskQueue,
      jwtSecret: SECRET,
      bodyLimit: 1024 * 1024,
      rateLimitPerMinute: 10_000_000,
      webhookAllowedHosts: NOTIFICATIONS.allowedHosts,
    }),
    false,
  );
  await app.listen(0, '127.0.0.1');
  const connection = await Connection.connect({ address });
  const tokens = new Map<string, string>();
  return {
    databaseUrl: database.url,
    temporalAddress: address,
    temporal: new Client({ connection }),
    taskQueue,
    baseUrl: `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`,
    // Signed once per caller: signing per request would load the client, not the product.
    headers: (roles, sub = `bench-${roles.join('-')}`) => {
      const key = `${sub}/${roles.join(',')}`;
      let token = tokens.get(key);
      if (!token) {
        token = sign({ sub, roles }, SECRET, { expiresIn: '12h' });
        tokens.set(key, token);
      }
      return { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    },
    close: async () => {
      await app.close();
      shutdownCycleWorker(worker);
      await running;
      await worker.connection.close();
      await context.close();
      await connection.close();
      await devServer?.stop();
      await database.drop();
    },
  };
}
