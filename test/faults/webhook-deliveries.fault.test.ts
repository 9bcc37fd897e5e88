import { waitUntil } from '@app/local-stack';
import { queryDatabase } from '../support/database';
import { testEnvironment } from '../support/test-environment';
import { restartPostgres } from './restart-postgres';
import { users } from '../support/users';
import { WebhookReceiver } from '../support/webhook-receiver';
import { driveCycles, FaultStack } from './fault-harness';

/** What a cycle taken through two gates tells a receiver subscribed to everything, in order. */
const TWO_GATES_MESSAGES = [
  'cycle.started',
  'approval.requested',
  'approval.decided',
  'cycle.stage_changed',
  'approval.requested',
  'approval.decided',
  'cycle.stage_changed',
];

describe('fault: the worker is killed and PostgreSQL restarts while webhooks are delivered', () => {
  const temporalAddress = testEnvironment().temporalAddress;
  const stack = new FaultStack(temporalAddress, {
    workerEnv: {
      WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
      WEBHOOK_RETRY_SCHEDULE: 'PT0S,PT1S,PT1S,PT2S,PT5S,PT10S',
    },
    webhookAllowedHosts: ['127.0.0.1'],
  });
  const receiver = new WebhookReceiver();
  beforeAll(() => stack.start());
  afterAll(async () => {
    await stack.close();
    await receiver.close();
  });

  it('loses no message: each arrives at least once, a repeat only with the same webhook-id', async () => {
    const url = await receiver.start();
    const created = await stack.send(
      'POST',
      '/v1/webhooks',
      { url, events: TWO_GATES_MESSAGES.slice(0, 4) },
      users.admin,
    );
    expect(created.status).toBe(201);

    const drives = driveCycles(stack, 6);
    await waitUntil('deliveries to be under way', async () => receiver.calls.length >= 3, {
      timeoutMs: 60_000,
      intervalMs: 10,
    });
    await stack.killWorker();
    await restartPostgres();
    stack.startWorker();
    const cycleIds = await drives.done;
    // The fault must hit deliveries in flight, or it proves nothing.
    const messages = await queryDatabase<{ id: string; cycle_id: string }>(
      'SELECT id, cycle_id FROM outbound_messages WHERE cycle_id = ANY($1::uuid[])',
      [cycleIds],
    );
    expect(messages).toHaveLength(cycleIds.length * TWO_GATES_MESSAGES.length);

    await waitUntil(
      'every message to arrive',
      async () => {
        const delivered = new Set(receiver.delivered().map((call) => call.id));
        return messages.every((message) => delivered.has(message.id));
      },
      { timeoutMs: 120_000, intervalMs: 200 },
    );

    const known = new Set(messages.map((message) => message.id));
    const mine = receiver.calls.filter((call) => cycleIds.includes(call.body.data.cycleId));
    expect(mine.every((call) => known.has(call.id))).toBe(true);
    for (const cycleId of cycleIds) {
      expect(receiver.deliveredFor(cycleId).map((call) => call.body.type)).toEqual(
        TWO_GATES_MESSAGES,
      );
    }
    // The fault suite shares the database: the next tests' cycles must not write messages here.
    const deleted = await stack.send('DELETE', `/v1/webhooks/${created.body.id}`, {}, users.admin);
    expect(deleted.status).toBe(204);
  });
});
