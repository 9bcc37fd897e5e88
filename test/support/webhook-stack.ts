import { Webhook } from 'standardwebhooks';
import { waitUntil } from '@app/local-stack';
import type { NotificationSettings } from '../../apps/worker/src/notifications/notification-settings';
import { expectOk, gap } from './cycle-steps';
import { SmtpReceiver } from './smtp-receiver';
import type { TestStack } from './test-stack';
import { startTestStack } from './test-stack';
import { users } from './users';
import type { ReceivedCall } from './webhook-receiver';
import { WebhookReceiver } from './webhook-receiver';

/** Four attempts, a few hundred milliseconds apart: Standard Webhooks' schedule, in miniature. */
export const RETRY_SCHEDULE_MS = [0, 300, 600, 900];

export interface DeliveryItem {
  id: string;
  messageId: string;
  type: string;
  status: string;
  attempts: number;
  lastStatusCode: number | null;
  lastResponse: string | null;
  nextAttemptAt: string | null;
}

/**
 * The whole stack with webhooks and mail on (a real SMTP server), real receivers made on demand,
 * and what the notification tests do with them. Endpoints are deleted on close: other test files
 * share the database, and their cycles must not keep writing messages to dead receivers.
 */
export class WebhookStack {
  stack!: TestStack;
  readonly smtp = new SmtpReceiver();
  private readonly receivers: WebhookReceiver[] = [];
  private readonly endpoints: string[] = [];

  async start(): Promise<void> {
    const notifications: NotificationSettings = {
      outbox: { mail: true, publicUrl: 'https://cycles.example.test', attemptLimit: 4 },
      allowedHosts: ['127.0.0.1'],
      retryScheduleMs: RETRY_SCHEDULE_MS,
      smtpUrl: await this.smtp.start(),
      mailFrom: 'cycles@example.test',
    };
    this.stack = await startTestStack({ notifications });
  }

  async close(): Promise<void> {
    for (const id of this.endpoints) {
      await this.stack.http.request('DELETE', `/v1/webhooks/${id}`, { as: users.admin });
    }
    await this.stack.close();
    await Promise.all(this.receivers.map((receiver) => receiver.close()));
    await this.smtp.close();
  }

  async newReceiver(): Promise<{ receiver: WebhookReceiver; url: string }> {
    const receiver = new WebhookReceiver();
    this.receivers.push(receiver);
    return { receiver, url: await receiver.start() };
  }

  async createEndpoint(url: string, events = ['cycle.started', 'approval.requested']) {
    const created = expectOk(
      await this.stack.http.post('/v1/webhooks', { url, events }, { as: users.admin }),
      201,
    ).body as { id: string; secret: string; url: string; events: string[] };
    this.endpoints.push(created.id);
    return created;
  }

  /** Every delivery of the endpoint, page after page (other files' cycles add theirs). */
  async deliveriesOf(endpointId: string): Promise<DeliveryItem[]> {
    const items: DeliveryItem[] = [];
    let cursor: string | null = null;
    do {
      const after: string = cursor ? `&cursor=${cursor}` : '';
      const path = `/v1/webhooks/${endpointId}/deliveries?limit=100${after}`;
      const page = expectOk(await this.stack.http.get(path, { as: users.admin })).body;
      items.push(...(page.items as DeliveryItem[]));
      cursor = page.nextCursor as string | null;
    } while (cursor);
    return items;
  }

  async recordGapAndSubmit(id: string): Promise<void> {
    const http = this.stack.http;
    expectOk(
      await http.request('PUT', `/v1/cycles/${id}/gap`, { as: users.improver, body: gap() }),
    );
    expectOk(await http.post(`/v1/cycles/${id}/submit`, {}, { as: users.improver }));
  }

  /** Waits until `receiver` accepted `count` messages of `type` about the cycle. */
  async arrived(receiver: WebhookReceiver, cycleId: string, type: string, count = 1) {
    try {
      return await this.waitFor(receiver, cycleId, type, count);
    } catch (error) {
      // What each endpoint's deliveries and the receiver saw: the CI log tells why.
      const deliveries = await Promise.all(this.endpoints.map((id) => this.deliveriesOf(id)));
      const calls = receiver.calls.map(({ id, body, answered, at }) => [
        id,
        body.type,
        answered,
        at,
      ]);
      console.error(JSON.stringify({ cycleId, deliveries, calls }));
      throw error;
    }
  }

  private waitFor(receiver: WebhookReceiver, cycleId: string, type: string, count: number) {
    return waitUntil(
      `${count} ${type} of ${cycleId} to arrive`,
      async () => {
        const calls = receiver.deliveredFor(cycleId, type);
        return calls.length >= count ? calls : undefined;
      },
      // A message failing twice takes a dozen workflow tasks and activities: slow on a busy CI.
      { timeoutMs: 60_000, intervalMs: 50 },
    );
  }
}

/** Whether `call` carries a valid signature made with `secret` (the library throws if not). */
export function verifies(secret: string, call: ReceivedCall): boolean {
  new Webhook(secret).verify(call.rawBody, {
    'webhook-id': call.id,
    'webhook-timestamp': call.timestamp,
    'webhook-signature': call.signature,
  });
  return true;
}
