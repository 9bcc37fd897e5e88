import { Inject, Injectable } from '@nestjs/common';
import type { OnApplicationShutdown } from '@nestjs/common';
import { Context } from '@temporalio/activity';
import type { DeliveryActivities, DeliveryChannel, DeliveryRound } from '@app/domain';
import { afterFailedAttempt, MAIL_CHANNEL } from '@app/domain';
import { DestinationGuard } from '@app/notifications';
import type { DueDelivery, WebhookEndpointEntity } from '@app/persistence';
import { MessageDeliveryRepository, WebhookEndpointRepository } from '@app/persistence';
import { MailSender } from './mail-sender';
import type { NotificationSettings } from './notification-settings';
import { NOTIFICATION_SETTINGS } from './notification-settings';
import type { AttemptResult } from './webhook-sender';
import { WebhookSender } from './webhook-sender';

/** Deliveries attempted at once on one channel: one per cycle at most, to keep their order. */
const PARALLEL_ATTEMPTS = 16;
/** A round stops taking new deliveries after this, so the workflow can sleep and continue. */
const ROUND_MS = 20_000;

type Send = (delivery: DueDelivery) => Promise<AttemptResult>;

/** Sends what is due on a channel and records every attempt, with the retry schedule. */
@Injectable()
export class MessageDeliveryActivities implements DeliveryActivities, OnApplicationShutdown {
  private readonly webhooks: WebhookSender;
  private readonly mail?: MailSender;

  constructor(
    private readonly deliveries: MessageDeliveryRepository,
    private readonly endpoints: WebhookEndpointRepository,
    @Inject(NOTIFICATION_SETTINGS) private readonly settings: NotificationSettings,
  ) {
    this.webhooks = new WebhookSender(new DestinationGuard(settings.allowedHosts));
    this.mail = settings.smtpUrl ? new MailSender(settings.smtpUrl, settings.mailFrom) : undefined;
  }

  async deliverDueMessages(channel: DeliveryChannel): Promise<DeliveryRound> {
    const send = await this.senderFor(channel);
    if (!send) {
      return { closed: true, attempted: 0, nextAttemptAt: null };
    }
    const ends = Date.now() + ROUND_MS;
    let attempted = 0;
    while (Date.now() < ends) {
      const due = await this.deliveries.dueHeads(channel, PARALLEL_ATTEMPTS);
      if (due.length === 0) {
        break;
      }
      await Promise.all(due.map((delivery) => this.attempt(delivery, send)));
      attempted += due.length;
      Context.current().heartbeat();
    }
    const next = await this.deliveries.nextAttemptAt(channel);
    return { closed: false, attempted, nextAttemptAt: next?.toISOString() ?? null };
  }

  onApplicationShutdown(): void {
    this.mail?.close();
  }

  /** How the channel sends; undefined when it is gone (a deleted endpoint, mail turned off). */
  private async senderFor(channel: DeliveryChannel): Promise<Send | undefined> {
    if (channel === MAIL_CHANNEL) {
      const mail = this.mail;
      return mail
        ? (delivery) =>
            mail.send(delivery.messageId, delivery.recipients ?? [], delivery.body as never)
        : undefined;
    }
    const endpoint = await this.endpoints.findAny(channel.slice('webhook:'.length));
    if (!endpoint || endpoint.deletedAt) {
      return undefined;
    }
    return (delivery) =>
      this.webhooks.send(
        endpoint.url,
        delivery.messageId,
        JSON.stringify(delivery.body),
        secretsOf(endpoint, new Date()),
      );
  }

  private async attempt(delivery: DueDelivery, send: Send): Promise<void> {
    const result = await send(delivery);
    const now = new Date();
    const { statusCode, response } = result;
    if (result.ok) {
      await this.deliveries.recordAttempt(
        delivery.id,
        { delivered: true, statusCode, response },
        now,
      );
      return;
    }
    const after = afterFailedAttempt(
      this.settings.retryScheduleMs,
      delivery.attempts + 1,
      delivery.attemptLimit,
      now,
    );
    const nextAttemptAt = after.retry ? after.at : null;
    await this.deliveries.recordAttempt(
      delivery.id,
      { delivered: false, statusCode, response, nextAttemptAt },
      now,
    );
  }
}

/** The current secret, and the rotated-out one while it still signs beside it. */
function secretsOf(endpoint: WebhookEndpointEntity, now: Date): string[] {
  const previous =
    endpoint.previousSecret &&
    endpoint.previousSecretExpiresAt &&
    endpoint.previousSecretExpiresAt > now
      ? [endpoint.previousSecret]
      : [];
  return [endpoint.secret, ...previous];
}
