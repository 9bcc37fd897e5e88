import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Runtime } from '@temporalio/worker';
import { Logger as NestPinoLogger } from 'nestjs-pino';
import {
  loadConfig,
  requiredEnvironment,
  requireSettings,
  resolveAuditSigningKey,
} from '@app/config';
import { createLogger } from '@app/logging';
import { createCycleWorker, runCycleWorker } from './cycle-worker.factory';
import { temporalLogger } from './temporal-logger';
import { WorkerModule } from './worker.module';
import { cycleWorkerSettings, notificationSettings } from './worker-settings';

async function main(): Promise<void> {
  const config = loadConfig();
  requireSettings(
    config,
    requiredEnvironment('worker', config),
    'npm start provides what it needs',
  );
  const logger = createLogger({ service: 'worker', level: config.LOG_LEVEL });
  Runtime.install({ logger: temporalLogger(logger) });

  const signingKey = resolveAuditSigningKey(config.AUDIT_SIGNING_KEY, config.DATA_DIR);
  // The process `npm start` and docker-compose run delivers webhooks and mail too.
  const settings = { ...cycleWorkerSettings(config), deliveries: true };
  const context = await NestFactory.createApplicationContext(
    WorkerModule.register({
      databaseUrl: config.DATABASE_URL,
      databasePoolSize: config.DATABASE_POOL_SIZE,
      databaseRole: config.DATABASE_APP_ROLE,
      logger,
      auditSigning: {
        key: signingKey.privateKey,
        replaceKey: signingKey.replace,
        signer: settings.taskQueue,
        publisherUrl: config.AUDIT_KEYS_DATABASE_URL ?? config.DATABASE_URL,
      },
      notifications: notificationSettings(config),
      deliveries: {
        temporal: settings.temporal,
        namespace: settings.namespace,
        taskQueue: settings.taskQueue,
      },
    }),
    { bufferLogs: true },
  );
  context.useLogger(context.get(NestPinoLogger));
  const running = await createCycleWorker(context, settings);
  const { worker, connection } = running;
  logger.info(
    {
      context: 'Worker',
      taskQueue: settings.taskQueue,
      namespace: settings.namespace,
      maxCachedWorkflows: worker.options.maxCachedWorkflows,
    },
    'worker polling',
  );
  // Temporal's runtime shuts the worker down on SIGINT/SIGTERM; run() resolves once drained.
  await runCycleWorker(running);
  await connection.close();
  await context.close();
  logger.info({ context: 'Worker' }, 'worker stopped');
}

main().catch((error: unknown) => {
  process.stderr.write(
    `worker failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
