import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { DataSource } from 'typeorm';
import { loadConfig } from '@app/config';
import { messageDeliveriesWorkflowId } from '@app/domain';
import { waitUntil } from '@app/local-stack';
import { dataSourceOptions, MessageDeliveryRepository } from '@app/persistence';
import type { RunningCycleWorker } from '../../apps/worker/src/cycle-worker.factory';
import { createCycleWorker, runCycleWorker } from '../../apps/worker/src/cycle-worker.factory';
import { deliverySweepScheduleId } from '../../apps/worker/src/operations-schedules';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { cycleWorkerSettings, notificationSettings } from '../../apps/worker/src/worker-settings';
import { OutboxRows } from '../support/outbox-rows';
import {
  APP_ROLE,
  appDatabaseUrl,
  testAuditSigning,
  testEnvironment,
} from '../support/test-environment';
import { WebhookReceiver } from '../support/webhook-receiver';

describe('the channels the sweep wakes', () => {
  const rows = new OutboxRows();
  let dataSource: DataSource;
  beforeAll(async () => {
    dataSource = await new DataSource(
      dataSourceOptions({ url: appDatabaseUrl(), poolSize: 1 }),
    ).initialize();
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await rows.remove();
  });

  it('finds the channels where some cycle’s next delivery is due, not those waiting for a retry', async () => {
    const [ready, behindRetry, settled, later] = [
      await rows.endpoint(),
      await rows.endpoint(),
      await rows.endpoint(),
      await rows.endpoint(),
    ];
    const cycle = randomUUID();
    // A cycle's first message is retried in an hour; its second, due now, waits behind it.
    const first = await rows.message('10 minutes', cycle);
    await rows.delivery(first, behindRetry, { status: 'pending', nextAttemptIn: '1 hour' });
    const second = await rows.message('5 minutes', cycle);
    await rows.delivery(second, behindRetry, { status: 'pending', nextAttemptIn: '-5 minutes' });
    const done = await rows.message('10 minutes');
    await rows.delivery(done, settled, { status: 'delivered', deliveredAgo: '9 minutes' });
    await rows.delivery(done, later, { status: 'pending', nextAttemptIn: '30 minutes' });
    const due = await rows.message('1 minute', randomUUID());
    await rows.delivery(due, ready, { status: 'pending', nextAttemptIn: '-1 minute' });

    const channels = await new MessageDeliveryRepository(dataSource).dueChannels();

    expect(channels).toContain(ready);
    expect(channels.filter((channel) => [behindRetry, settled, later].includes(channel))).toEqual(
      [],
    );
  });
});

describe('DELIVERY_SWEEP_EVERY: the scheduled sweep of channels with a delivery due', () => {
  const env = testEnvironment();
  const config = loadConfig({
    DATABASE_URL: appDatabaseUrl(),
    DATABASE_APP_ROLE: APP_ROLE,
    TEMPORAL_ADDRESS: env.temporalAddress,
    TEMPORAL_TASK_QUEUE: `sweep-${randomUUID()}`,
    WORKFLOW_BUNDLE_PATH: env.workflowBundlePath,
    WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
    DELIVERY_SWEEP_EVERY: 'PT1S',
  });
  const rows = new OutboxRows();
  const receiver = new WebhookReceiver();
  let context: INestApplicationContext;
  let running: RunningCycleWorker;
  let done: Promise<void>;
  let connection: Connection;

  beforeAll(async () => {
    Runtime.install({ logger: new DefaultLogger('ERROR') });
    connection = await Connection.connect({ address: env.temporalAddress });
    // As main.ts builds the worker that delivers: its settings from the config.
    const settings = {
      ...cycleWorkerSettings(config),
      deliveries: true,
      auditCheckpointEvery: undefined,
      retention: undefined,
    };
    context = await NestFactory.createApplicationContext(
      WorkerModule.register({
        databaseUrl: appDatabaseUrl(),
        databasePoolSize: 2,
        databaseRole: APP_ROLE,
        auditSigning: testAuditSigning(config.TEMPORAL_TASK_QUEUE),
        notifications: notificationSettings(config),
        deliveries: {
          temporal: settings.temporal,
          namespace: settings.namespace,
          taskQueue: settings.taskQueue,
        },
      }),
      { logger: false },
    );
    running = await createCycleWorker(context, settings);
    done = runCycleWorker(running);
  });
  afterAll(async () => {
    await new Client({ connection }).schedule
      .getHandle(deliverySweepScheduleId(config.TEMPORAL_TASK_QUEUE))
      .delete()
      .catch(() => null);
    running?.worker.shutdown();
    running?.deliveryWorker?.shutdown();
    await done;
    await running?.connection.close();
    await context?.close();
    await connection?.close();
    await rows.remove();
    await receiver.close();
  });

  it('delivers a message nobody woke a workflow for, through the sweep', async () => {
    const schedule = await new Client({ connection }).schedule
      .getHandle(deliverySweepScheduleId(config.TEMPORAL_TASK_QUEUE))
      .describe();
    expect(schedule.spec.intervals).toEqual([expect.objectContaining({ every: 1_000 })]);

    const channel = await rows.endpoint(await receiver.start());
    const cycleId = randomUUID();
    // Written as the outbox does, but with no wake after it: only the sweep can send it.
    const message = await rows.message('1 second', cycleId);
    await rows.delivery(message, channel, { status: 'pending', nextAttemptIn: '0 seconds' });
    const client = new Client({ connection });
    await expect(
      client.workflow.getHandle(messageDeliveriesWorkflowId(channel)).describe(),
    ).rejects.toMatchObject({ name: 'WorkflowNotFoundError' });

    const [arrived] = await waitUntil(
      'the message to arrive',
      async () => {
        const calls = receiver.deliveredFor(cycleId);
        return calls.length > 0 ? calls : undefined;
      },
      { timeoutMs: 30_000, intervalMs: 100 },
    );
    expect(arrived?.id).toBe(message);
  });
});
