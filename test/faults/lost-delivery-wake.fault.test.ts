import { Client as PgClient } from 'pg';
import { Client, Connection } from '@temporalio/client';
import { messageDeliveriesWorkflowId, webhookChannel } from '@app/domain';
import { waitUntil } from '@app/local-stack';
import {
  deliverySweepScheduleId,
  recordPruningScheduleId,
} from '../../apps/worker/src/operations-schedules';
import { queryDatabase } from '../support/database';
import { createService } from '../support/factories';
import { testEnvironment } from '../support/test-environment';
import { users } from '../support/users';
import { WebhookReceiver } from '../support/webhook-receiver';
import { CuttableProxy } from './cuttable-proxy';
import { FaultStack } from './fault-harness';

describe('fault: the wake that would start a channel’s delivery workflow is lost', () => {
  const env = testEnvironment();
  // The worker reaches Temporal through a proxy the test cuts; the API reaches it directly.
  const proxy = new CuttableProxy(env.temporalAddress);
  const receiver = new WebhookReceiver();
  let workerOutput = '';
  let stack: FaultStack;
  let connection: Connection;

  beforeAll(async () => {
    connection = await Connection.connect({ address: env.temporalAddress });
    stack = new FaultStack(env.temporalAddress, {
      workerTemporalAddress: await proxy.start(),
      workerEnv: {
        WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
        DELIVERY_SWEEP_EVERY: 'PT2S',
        LOG_LEVEL: 'warn',
      },
      webhookAllowedHosts: ['127.0.0.1'],
      onWorkerOutput: (text) => {
        workerOutput += text;
      },
    });
    await stack.start();
  });
  afterAll(async () => {
    const schedules = new Client({ connection }).schedule;
    for (const id of [deliverySweepScheduleId, recordPruningScheduleId]) {
      await schedules
        .getHandle(id(stack.taskQueue))
        .delete()
        .catch(() => null);
    }
    await stack.close();
    await proxy.close();
    await receiver.close();
    await connection.close();
  });

  it('still delivers the message: the scheduled sweep starts the workflow', async () => {
    const temporal = new Client({ connection });
    const url = await receiver.start();
    const created = await stack.send(
      'POST',
      '/v1/webhooks',
      { url, events: ['cycle.started'] },
      users.admin,
    );
    expect(created.status).toBe(201);
    const channel = webhookChannel(created.body.id as string);
    const sweep = await waitUntil(
      'the worker to schedule its sweep',
      () =>
        temporal.schedule
          .getHandle(deliverySweepScheduleId(stack.taskQueue))
          .describe()
          .catch(() => undefined),
      { timeoutMs: 60_000, intervalMs: 200 },
    );
    expect(sweep.spec.intervals).toEqual([expect.objectContaining({ every: 2_000 })]);

    // The fault must fall between the commit of the message and its wake: hold the recording
    // on a lock until Temporal is out of the worker's reach, then let it commit.
    const lock = new PgClient({ connectionString: env.databaseUrl });
    await lock.connect();
    await lock.query('BEGIN');
    await lock.query('LOCK TABLE outbound_messages IN SHARE ROW EXCLUSIVE MODE');
    const service = await createService(stack.http);
    const started = stack.send('POST', '/v1/cycles', { serviceId: service.id });
    await waitUntil(
      'the worker to be writing the cycle’s message',
      async () => {
        const [waiting] = await queryDatabase<{ count: string }>(
          `SELECT count(*) FROM pg_stat_activity
            WHERE application_name = 'cycles-worker' AND wait_event_type = 'Lock'
              AND query ILIKE '%INSERT INTO outbound_messages%'`,
        );
        return Number(waiting?.count) > 0;
      },
      { timeoutMs: 60_000, intervalMs: 100 },
    );
    proxy.cutOff();
    await lock.query('COMMIT');
    await lock.end();

    await waitUntil(
      'the worker to give up waking the channel',
      async () => workerOutput.includes(`could not wake deliveries of ${channel}`),
      // The client retries an unreachable server for about 20 s before it gives up.
      { timeoutMs: 60_000, intervalMs: 200 },
    );
    // Stranded: recorded and waiting, with no workflow to send it.
    const deliveries = await queryDatabase<{ status: string; attempts: number }>(
      'SELECT status, attempts FROM message_deliveries WHERE channel = $1',
      [channel],
    );
    expect(deliveries).toEqual([{ status: 'pending', attempts: 0 }]);
    await expect(
      temporal.workflow.getHandle(messageDeliveriesWorkflowId(channel)).describe(),
    ).rejects.toMatchObject({ name: 'WorkflowNotFoundError' });

    proxy.restore();
    const cycleId = (await started).body.id as string;
    const [arrived] = await waitUntil(
      'the message to arrive',
      async () => {
        const calls = receiver.deliveredFor(cycleId, 'cycle.started');
        return calls.length > 0 ? calls : undefined;
      },
      { timeoutMs: 90_000, intervalMs: 200 },
    );
    expect(arrived?.body.data).toMatchObject({ cycleId, serviceId: service.id });
    const [delivery] = await queryDatabase<{ status: string; message_id: string }>(
      'SELECT status, message_id FROM message_deliveries WHERE channel = $1',
      [channel],
    );
    expect(delivery).toEqual({ status: 'delivered', message_id: arrived?.id });

    // The fault suite shares the database: the next tests' cycles must not write messages here.
    const deleted = await stack.send('DELETE', `/v1/webhooks/${created.body.id}`, {}, users.admin);
    expect(deleted.status).toBe(204);
  }, 300_000);
});
