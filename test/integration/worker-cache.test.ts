import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Client, Connection } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { loadConfig } from '@app/config';
import { waitUntil } from '@app/local-stack';
import type { RunningCycleWorker } from '../../apps/worker/src/cycle-worker.factory';
import { createCycleWorker } from '../../apps/worker/src/cycle-worker.factory';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { cycleWorkerSettings } from '../../apps/worker/src/worker-settings';
import {
  APP_ROLE,
  appDatabaseUrl,
  testAuditSigning,
  testEnvironment,
} from '../support/test-environment';
import { startWaitingCycle } from '../support/waiting-cycle';

const { EventType } = temporal.api.enums.v1;

describe('WORKER_MAX_CACHED_WORKFLOWS', () => {
  const env = testEnvironment();
  /** The worker's environment, read as main.ts reads it. */
  const config = (extra: Record<string, string> = {}) =>
    loadConfig({
      DATABASE_URL: appDatabaseUrl(),
      DATABASE_APP_ROLE: APP_ROLE,
      TEMPORAL_ADDRESS: env.temporalAddress,
      TEMPORAL_TASK_QUEUE: `cache-${randomUUID()}`,
      WORKFLOW_BUNDLE_PATH: env.workflowBundlePath,
      ...extra,
    });

  let context: INestApplicationContext;
  let running: RunningCycleWorker;
  let done: Promise<void>;
  let connection: Connection;
  const started: string[] = [];

  beforeAll(async () => {
    Runtime.install({ logger: new DefaultLogger('ERROR') });
    connection = await Connection.connect({ address: env.temporalAddress });
  });
  afterAll(async () => {
    const client = new Client({ connection });
    await Promise.all(
      started.map((id) =>
        client.workflow
          .getHandle(id)
          .terminate('test over')
          .catch(() => null),
      ),
    );
    running?.worker.shutdown();
    await done;
    await running?.connection.close();
    await context?.close();
    await connection?.close();
  });

  it('defaults to 1,000 cached cycles', () => {
    expect(cycleWorkerSettings(config()).maxCachedWorkflows).toBe(1000);
  });

  it('reaches the worker: with 2, a third open cycle evicts one', async () => {
    const settings = cycleWorkerSettings(config({ WORKER_MAX_CACHED_WORKFLOWS: '2' }));
    const databaseUrl = appDatabaseUrl();
    context = await NestFactory.createApplicationContext(
      WorkerModule.register({
        databaseUrl,
        databasePoolSize: 2,
        databaseRole: APP_ROLE,
        auditSigning: testAuditSigning(settings.taskQueue),
      }),
      { logger: false },
    );
    running = await createCycleWorker(context, settings);
    expect(running.worker.options.maxCachedWorkflows).toBe(2);
    done = running.worker.run();

    const client = new Client({ connection });
    for (let i = 0; i < 3; i += 1) {
      started.push(await startWaitingCycle(client, settings.taskQueue));
    }
    // Each cycle has run its first workflow task: it is asleep on its approval timer.
    await waitUntil(
      'the three cycles to wait on their timers',
      async () => {
        const histories = await Promise.all(
          started.map((id) => client.workflow.getHandle(id).fetchHistory()),
        );
        return histories.every((history) =>
          (history.events ?? []).some(
            (event) => event.eventType === EventType.EVENT_TYPE_TIMER_STARTED,
          ),
        );
      },
      { timeoutMs: 30_000, intervalMs: 100 },
    );
    await waitUntil(
      'the worker to evict down to two cycles',
      () => Promise.resolve(running.worker.getStatus().numCachedWorkflows === 2),
      { timeoutMs: 10_000, intervalMs: 50 },
    );
    expect(running.worker.getStatus().numCachedWorkflows).toBe(2);
  });
});
