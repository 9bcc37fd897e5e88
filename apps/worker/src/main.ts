import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { Runtime } from '@temporalio/worker';
import { loadConfig, requireSettings, temporalConnectionOptions } from '@app/config';
import { projectRoot } from '@app/local-stack';
import { JsonLogger } from '@app/logging';
import { createCycleWorker } from './cycle-worker.factory';
import { WorkerModule } from './worker.module';

async function main(): Promise<void> {
  const config = loadConfig();
  requireSettings(config, ['DATABASE_URL', 'TEMPORAL_ADDRESS'], 'npm start provides both');
  const logger = new JsonLogger('worker', config.LOG_LEVEL);
  Runtime.install({
    logger: {
      log: (level, message, meta) =>
        logger.log({ msg: message, temporalLevel: level, ...meta }, 'Temporal'),
      trace: () => undefined,
      debug: () => undefined,
      info: (message, meta) => logger.log({ msg: message, ...meta }, 'Temporal'),
      warn: (message, meta) => logger.warn({ msg: message, ...meta }, 'Temporal'),
      error: (message, meta) => logger.error({ msg: message, ...meta }, 'Temporal'),
    },
  });

  const context = await NestFactory.createApplicationContext(
    WorkerModule.register({
      databaseUrl: config.DATABASE_URL,
      databasePoolSize: config.DATABASE_POOL_SIZE,
      databaseRole: config.DATABASE_APP_ROLE,
    }),
    { logger },
  );
  const prebuilt = join(projectRoot(), 'dist', 'workflow-bundle.js');
  const { worker, connection } = await createCycleWorker(context, {
    temporal: temporalConnectionOptions(config),
    namespace: config.TEMPORAL_NAMESPACE,
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    workflowBundlePath:
      config.WORKFLOW_BUNDLE_PATH ?? (existsSync(prebuilt) ? prebuilt : undefined),
  });
  logger.log(
    {
      msg: 'worker polling',
      taskQueue: config.TEMPORAL_TASK_QUEUE,
      namespace: config.TEMPORAL_NAMESPACE,
    },
    'Worker',
  );
  // Temporal's runtime shuts the worker down on SIGINT/SIGTERM; run() resolves once drained.
  await worker.run();
  await connection.close();
  await context.close();
  logger.log('worker stopped', 'Worker');
}

main().catch((error: unknown) => {
  process.stderr.write(
    `worker failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
