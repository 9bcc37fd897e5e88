import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Runtime } from '@temporalio/worker';
import { Logger as NestPinoLogger } from 'nestjs-pino';
import { loadConfig, requireSettings, resolveAuditSigningKey } from '@app/config';
import { createLogger } from '@app/logging';
import { createCycleWorker } from './cycle-worker.factory';
import { temporalLogger } from './temporal-logger';
import { WorkerModule } from './worker.module';
import { cycleWorkerSettings } from './worker-settings';

async function main(): Promise<void> {
  const config = loadConfig();
  requireSettings(config, ['DATABASE_URL', 'TEMPORAL_ADDRESS'], 'npm start provides both');
  const logger = createLogger({ service: 'worker', level: config.LOG_LEVEL });
  Runtime.install({ logger: temporalLogger(logger) });

  const context = await NestFactory.createApplicationContext(
    WorkerModule.register({
      databaseUrl: config.DATABASE_URL,
      databasePoolSize: config.DATABASE_POOL_SIZE,
      databaseRole: config.DATABASE_APP_ROLE,
      logger,
      auditSigningKey: resolveAuditSigningKey(config.AUDIT_SIGNING_KEY, config.DATA_DIR).privateKey,
    }),
    { bufferLogs: true },
  );
  context.useLogger(context.get(NestPinoLogger));
  const settings = cycleWorkerSettings(config);
  const { worker, connection } = await createCycleWorker(context, settings);
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
  await worker.run();
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
