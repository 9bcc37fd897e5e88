import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Optional } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type {
  CycleEvent,
  CycleNotification,
  CycleState,
  DeliveryChannel,
  MailRecipients,
} from '@app/domain';
import {
  cycleNotifications,
  MAIL_CHANNEL,
  mayNotify,
  STANDARD_RETRY_SCHEDULE_MS,
} from '@app/domain';

/** What the outbox needs to know to write a message. */
export interface OutboxSettings {
  /** Whether mail is sent (SMTP_URL is set): only then are mail deliveries written. */
  mail: boolean;
  /** Where people reach the service: links in messages start with it. */
  publicUrl: string;
  /** How many attempts each delivery may take: the retry schedule's length. */
  attemptLimit: number;
}

export const OUTBOX_SETTINGS = Symbol('OUTBOX_SETTINGS');

/** No mail; links to a local service. */
const DEFAULT_OUTBOX_SETTINGS: OutboxSettings = {
  mail: false,
  publicUrl: 'http://localhost:3000',
  attemptLimit: STANDARD_RETRY_SCHEDULE_MS.length,
};

/**
 * The transactional outbox: turns a cycle event into messages inside the transaction that
 * records the event, so a message exists exactly when the change was recorded, and a refused or
 * rolled-back change leaves none. The worker's delivery workflows send them afterwards.
 */
@Injectable()
export class NotificationOutbox {
  private readonly settings: OutboxSettings;

  constructor(@Optional() @Inject(OUTBOX_SETTINGS) settings?: OutboxSettings) {
    this.settings = settings ?? DEFAULT_OUTBOX_SETTINGS;
  }

  /** Writes the messages `event` causes and their deliveries; the channels that got any. */
  async enqueueCycleEvent(
    manager: EntityManager,
    cycleId: string,
    event: CycleEvent,
  ): Promise<DeliveryChannel[]> {
    if (!mayNotify(event.action)) {
      return [];
    }
    const [cycle] = await manager.query<{ detail: CycleState; service_name: string }[]>(
      `SELECT c.detail, s.name AS service_name
         FROM cycles c JOIN services s ON s.id = c.service_id WHERE c.id = $1`,
      [cycleId],
    );
    if (!cycle) {
      return [];
    }
    const channels = new Set<DeliveryChannel>();
    const notifications = cycleNotifications(event, cycle.detail);
    for (const [index, notification] of notifications.entries()) {
      const sourceKey = `cycle:${cycleId}#${event.number}/${index}`;
      const body = this.bodyOf(notification, event, cycle.detail, cycle.service_name);
      for (const channel of await this.enqueue(manager, sourceKey, cycleId, body, notification)) {
        channels.add(channel);
      }
    }
    return [...channels];
  }

  private bodyOf(
    notification: CycleNotification,
    event: CycleEvent,
    state: CycleState,
    serviceName: string,
  ): Record<string, unknown> {
    return {
      type: notification.type,
      timestamp: event.at,
      data: {
        cycleId: state.cycleId,
        serviceId: state.serviceId,
        serviceName,
        stage: state.stage,
        status: state.status,
        ...notification.data,
        links: { cycle: `${this.settings.publicUrl}/v1/cycles/${state.cycleId}` },
      },
    };
  }

  private async enqueue(
    manager: EntityManager,
    sourceKey: string,
    cycleId: string,
    body: Record<string, unknown>,
    notification: CycleNotification,
  ): Promise<DeliveryChannel[]> {
    const messageId = randomUUID();
    const inserted = await manager.query<unknown[]>(
      `INSERT INTO outbound_messages (id, source_key, type, cycle_id, body)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT (source_key) DO NOTHING RETURNING id`,
      [messageId, sourceKey, notification.type, cycleId, JSON.stringify(body)],
    );
    if (inserted.length === 0) {
      return [];
    }
    const limit = this.settings.attemptLimit;
    const webhooks = await manager.query<{ channel: DeliveryChannel }[]>(
      `INSERT INTO message_deliveries (id, message_id, channel, endpoint_id, cycle_id, attempt_limit, next_attempt_at)
       SELECT gen_random_uuid(), $1, 'webhook:' || id, id, $2, $3, now()
         FROM webhook_endpoints WHERE deleted_at IS NULL AND events ? $4
       RETURNING channel`,
      [messageId, cycleId, limit, notification.type],
    );
    const channels = webhooks.map((row) => row.channel);
    if (this.settings.mail && notification.mailTo) {
      const recipients = await mailAddresses(manager, notification.mailTo);
      if (recipients.length > 0) {
        await manager.query(
          `INSERT INTO message_deliveries (id, message_id, channel, recipients, cycle_id, attempt_limit, next_attempt_at)
           VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, now())`,
          [messageId, MAIL_CHANNEL, JSON.stringify(recipients), cycleId, limit],
        );
        channels.push(MAIL_CHANNEL);
      }
    }
    return channels;
  }
}

/** The addresses of the people concerned who have one, as the people table knows them now. */
async function mailAddresses(manager: EntityManager, to: MailRecipients): Promise<string[]> {
  const rows = await manager.query<{ email: string }[]>(
    `SELECT DISTINCT email FROM people
      WHERE email IS NOT NULL AND NOT (id = ANY($3::varchar[]))
        AND (id = ANY($1::varchar[]) OR ($2::text IS NOT NULL AND roles ? $2::text))
      ORDER BY email`,
    [to.people ?? [], to.role ?? null, to.excluded],
  );
  return rows.map((row) => row.email);
}
