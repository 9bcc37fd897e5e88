import { randomBytes, randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { DataSource } from 'typeorm';
import { loadConfig } from '@app/config';
import { waitUntil } from '@app/local-stack';
import type { RunningCycleWorker } from '../../apps/worker/src/cycle-worker.factory';
import { createCycleWorker, runCycleWorker } from '../../apps/worker/src/cycle-worker.factory';
import {
  ensureOperationsSchedules,
  recordPruningScheduleId,
} from '../../apps/worker/src/operations-schedules';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { cycleWorkerSettings } from '../../apps/worker/src/worker-settings';
import { queryDatabase } from '../support/database';
import { OutboxRows } from '../support/outbox-rows';
import {
  APP_ROLE,
  appDatabaseUrl,
  testAuditSigning,
  testEnvironment,
} from '../support/test-environment';

describe('IDEMPOTENCY_KEY_TTL and DELIVERED_MESSAGE_RETENTION: the scheduled pruning', () => {
  const env = testEnvironment();
  const config = loadConfig({
    DATABASE_URL: appDatabaseUrl(),
    DATABASE_APP_ROLE: APP_ROLE,
    TEMPORAL_ADDRESS: env.temporalAddress,
    TEMPORAL_TASK_QUEUE: `retention-${randomUUID()}`,
    WORKFLOW_BUNDLE_PATH: env.workflowBundlePath,
    IDEMPOTENCY_KEY_TTL: 'PT1H',
    DELIVERED_MESSAGE_RETENTION: 'PT3H',
  });
  const rows = new OutboxRows();
  let context: INestApplicationContext;
  let running: RunningCycleWorker;
  let done: Promise<void>;
  let connection: Connection;

  beforeAll(async () => {
    Runtime.install({ logger: new DefaultLogger('ERROR') });
    connection = await Connection.connect({ address: env.temporalAddress });
    context = await NestFactory.createApplicationContext(
      WorkerModule.register({
        databaseUrl: appDatabaseUrl(),
        databasePoolSize: 2,
        databaseRole: APP_ROLE,
        auditSigning: testAuditSigning(config.TEMPORAL_TASK_QUEUE),
      }),
      { logger: false },
    );
    // As main.ts builds it, from the config; no audit schedule, which another file tests.
    const settings = { ...cycleWorkerSettings(config), auditCheckpointEvery: undefined };
    running = await createCycleWorker(context, settings);
    done = runCycleWorker(running);
  });
  afterAll(async () => {
    await new Client({ connection }).schedule
      .getHandle(recordPruningScheduleId(config.TEMPORAL_TASK_QUEUE))
      .delete()
      .catch(() => null);
    running?.worker.shutdown();
    await done;
    await running?.connection.close();
    await context?.close();
    await connection?.close();
    await rows.remove();
  });

  const key = async (age: string) => {
    // Keys are kept as their SHA-256: any 64 hex digits stand for one here.
    const name = randomBytes(32).toString('hex');
    await queryDatabase(
      `INSERT INTO idempotency_keys (key_sha256, caller_id, method, route, path, body_sha256, created_at)
       VALUES ($1, 'ana', 'POST', '/v1/cycles', '/v1/cycles', $2, now() - $3::interval)`,
      [name, 'a'.repeat(64), age],
    );
    return name;
  };
  const keysLeft = async (names: string[]) =>
    (
      await queryDatabase<{ key: string }>(
        'SELECT key_sha256 AS key FROM idempotency_keys WHERE key_sha256 = ANY($1::text[])',
        [names],
      )
    ).map((row) => row.key);

  it('prunes keys past their TTL and messages delivered longer ago than the retention, keeping the rest', async () => {
    const schedule = new Client({ connection }).schedule.getHandle(
      recordPruningScheduleId(config.TEMPORAL_TASK_QUEUE),
    );
    const described = await schedule.describe();
    expect(described.spec.intervals).toEqual([expect.objectContaining({ every: 3_600_000 })]);
    expect(described.action).toMatchObject({
      args: [{ idempotencyKeys: 'PT1H', deliveredMessages: 'PT3H' }],
    });

    const expiredKey = await key('90 minutes');
    const freshKey = await key('30 minutes');
    const channel = await rows.endpoint();
    const other = await rows.endpoint();
    const delivered = await rows.message('5 hours');
    await rows.delivery(delivered, channel, { status: 'delivered', deliveredAgo: '4 hours' });
    await rows.delivery(delivered, other, { status: 'delivered', deliveredAgo: '5 hours' });
    // Older than the keys' TTL, younger than the messages' retention: the two periods differ.
    const recentlyDelivered = await rows.message('2 hours');
    await rows.delivery(recentlyDelivered, channel, {
      status: 'delivered',
      deliveredAgo: '2 hours',
    });
    // Delivered to one endpoint long ago, delivered to another within the retention.
    const partlyRecent = await rows.message('5 hours');
    await rows.delivery(partlyRecent, channel, { status: 'delivered', deliveredAgo: '5 hours' });
    await rows.delivery(partlyRecent, other, { status: 'delivered', deliveredAgo: '1 hour' });
    const stillWaiting = await rows.message('5 hours');
    await rows.delivery(stillWaiting, channel, { status: 'delivered', deliveredAgo: '4 hours' });
    await rows.delivery(stillWaiting, other, { status: 'pending', nextAttemptIn: '1 day' });
    const failed = await rows.message('5 hours');
    await rows.delivery(failed, channel, { status: 'failed' });
    const unsubscribed = await rows.message('5 hours');

    await schedule.trigger();

    const mine = [delivered, recentlyDelivered, partlyRecent, stillWaiting, failed, unsubscribed];
    await waitUntil(
      'the expired key and messages to be pruned',
      async () => {
        const left = await rows.remaining(mine);
        return (
          !left.has(delivered) && !left.has(unsubscribed) && !(await keysLeft([expiredKey])).length
        );
      },
      { timeoutMs: 30_000, intervalMs: 250 },
    );
    expect(await keysLeft([expiredKey, freshKey])).toEqual([freshKey]);
    expect(await rows.remaining(mine)).toEqual(
      new Set([recentlyDelivered, partlyRecent, stillWaiting, failed]),
    );
    const deliveriesLeft = await queryDatabase<{ message_id: string; status: string }>(
      'SELECT message_id, status FROM message_deliveries WHERE message_id = ANY($1::uuid[]) ORDER BY status',
      [[delivered, stillWaiting]],
    );
    // A message kept keeps all its deliveries; a pruned one leaves none behind.
    expect(deliveriesLeft).toEqual([
      { message_id: stillWaiting, status: 'delivered' },
      { message_id: stillWaiting, status: 'pending' },
    ]);
  });

  it('brings the Schedule to the periods of a worker started with others', async () => {
    const periods = { idempotencyKeys: 'PT2H', deliveredMessages: 'P2D' };
    await ensureOperationsSchedules(
      { address: env.temporalAddress },
      'default',
      config.TEMPORAL_TASK_QUEUE,
      { retention: periods },
    );
    const described = await new Client({ connection }).schedule
      .getHandle(recordPruningScheduleId(config.TEMPORAL_TASK_QUEUE))
      .describe();
    expect(described.action).toMatchObject({ args: [periods] });
    expect(described.spec.intervals).toEqual([expect.objectContaining({ every: 3_600_000 })]);
  });

  it('lets the app role prune only through the rules: no DELETE, nothing under an hour old', async () => {
    const app = context.get(DataSource);
    for (const table of ['idempotency_keys', 'outbound_messages', 'message_deliveries']) {
      await expect(app.query(`DELETE FROM ${table} WHERE false`)).rejects.toMatchObject({
        driverError: { code: '42501' },
      });
    }
    const fresh = await key('10 minutes');
    for (const fn of ['prune_idempotency_keys', 'prune_delivered_messages']) {
      await expect(app.query(`SELECT ${fn}('PT5M'::interval)`)).rejects.toMatchObject({
        driverError: { code: '22023', message: expect.stringMatching(/kept at least an hour/) },
      });
    }
    expect(await keysLeft([fresh])).toEqual([fresh]);
  });
});
