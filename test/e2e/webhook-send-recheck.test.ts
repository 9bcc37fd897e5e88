import { waitUntil } from '@app/local-stack';
import type { NotificationSettings } from '../../apps/worker/src/notifications/notification-settings';
import { expectOk, startCycleOnNewService } from '../support/cycle-steps';
import type { TestStack } from '../support/test-stack';
import { startTestStack, WorkerRunner } from '../support/test-stack';
import { users } from '../support/users';
import type { DeliveryItem } from '../support/webhook-stack';
import { WebhookReceiver } from '../support/webhook-receiver';

/**
 * One attempt per message: a refusal is final at once. The receiver's address is one no other
 * test's worker allows, so only this file's workers could ever send to it.
 */
const RECEIVER_HOST = '127.0.0.2';
const notifications: NotificationSettings = {
  outbox: { mail: false, publicUrl: 'https://cycles.example.test', attemptLimit: 1 },
  allowedHosts: [RECEIVER_HOST],
  retryScheduleMs: [0],
  mailFrom: 'cycles@example.test',
};

describe('a webhook URL written with an IP, checked again before each send', () => {
  const receiver = new WebhookReceiver();
  let stack: TestStack;
  let restarted: WorkerRunner | undefined;
  let endpointId: string | undefined;

  beforeAll(async () => {
    stack = await startTestStack({ notifications });
  });
  afterAll(async () => {
    if (endpointId) {
      await stack.http.request('DELETE', `/v1/webhooks/${endpointId}`, { as: users.admin });
    }
    await restarted?.stop();
    await stack.close();
    await receiver.close();
  });

  it('is not sent once WEBHOOK_ALLOWED_HOSTS no longer lists it, and the attempt says why', async () => {
    const url = await receiver.start(RECEIVER_HOST);
    const created = expectOk(
      await stack.http.post(
        '/v1/webhooks',
        { url, events: ['cycle.started'] },
        { as: users.admin },
      ),
      201,
    );
    endpointId = created.body.id as string;

    // The operator takes the address out of WEBHOOK_ALLOWED_HOSTS and restarts the worker.
    await stack.worker.stop();
    restarted = new WorkerRunner(stack.taskQueue, { ...notifications, allowedHosts: [] });
    await restarted.start();
    const { id: cycleId } = await startCycleOnNewService(stack.http);

    const delivery = await waitUntil(
      'the cycle.started delivery to fail',
      async () => {
        const page = await stack.http.get(`/v1/webhooks/${endpointId}/deliveries`, {
          as: users.admin,
        });
        const items = expectOk(page).body.items as DeliveryItem[];
        return items.find((item) => item.type === 'cycle.started' && item.status === 'failed');
      },
      { timeoutMs: 30_000, intervalMs: 100 },
    );
    expect(delivery).toMatchObject({
      attempts: 1,
      lastStatusCode: null,
      lastResponse:
        'not sent, URL refused: must be https (or its host listed in WEBHOOK_ALLOWED_HOSTS)',
      nextAttemptAt: null,
    });
    expect(receiver.calls.filter((call) => call.body.data.cycleId === cycleId)).toEqual([]);
  });
});
