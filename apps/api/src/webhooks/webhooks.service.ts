import { randomBytes } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { DomainError, webhookChannel } from '@app/domain';
import { DeliveryWaker, DestinationGuard, newWebhookSecret } from '@app/notifications';
import type {
  ChangeContext,
  DeliveryView,
  Page,
  PageRequest,
  WebhookEndpointEntity,
} from '@app/persistence';
import { MessageDeliveryRepository, WebhookEndpointRepository } from '@app/persistence';
import { ApiSettings } from '../platform/api-settings';
import { TemporalConnection } from '../temporal/temporal-connection';

export interface WebhookRequest {
  url: string;
  events: string[];
  description?: string;
}

/** Admins' webhook endpoints: where they point, their secrets, and what was sent to them. */
@Injectable()
export class WebhooksService {
  private readonly logger = new Logger('Webhooks');
  private readonly guard: DestinationGuard;
  private readonly waker: DeliveryWaker;

  constructor(
    private readonly endpoints: WebhookEndpointRepository,
    private readonly deliveries: MessageDeliveryRepository,
    settings: ApiSettings,
    temporal: TemporalConnection,
  ) {
    this.guard = new DestinationGuard(settings.webhookAllowedHosts);
    // The change is recorded first; a failed wake only waits for the workflow's next recheck.
    this.waker = new DeliveryWaker(temporal.client, settings.taskQueue, (message) =>
      this.logger.warn(message),
    );
  }

  async create(request: WebhookRequest, change: ChangeContext): Promise<WebhookEndpointEntity> {
    const refusal = await this.guard.refusal(request.url);
    if (refusal) {
      throw DomainError.invalid('url', refusal);
    }
    return this.endpoints.create(
      {
        url: request.url,
        events: request.events,
        description: request.description ?? null,
        secret: newWebhookSecret(randomBytes),
      },
      change,
    );
  }

  list(page: PageRequest): Promise<Page<WebhookEndpointEntity>> {
    return this.endpoints.list(page);
  }

  async get(id: string): Promise<WebhookEndpointEntity> {
    const endpoint = await this.endpoints.findLive(id);
    if (!endpoint) {
      throw DomainError.notFound('webhook endpoint', id);
    }
    return endpoint;
  }

  /** Deleted: nothing more is sent to it; its workflow ends when woken. */
  async delete(id: string, change: ChangeContext): Promise<void> {
    await this.endpoints.delete(id, change);
    await this.waker.wake([webhookChannel(id)]);
  }

  rotateSecret(id: string, change: ChangeContext): Promise<WebhookEndpointEntity> {
    return this.endpoints.rotateSecret(id, newWebhookSecret(randomBytes), change);
  }

  async deliveriesOf(id: string, page: PageRequest): Promise<Page<DeliveryView>> {
    await this.get(id);
    return this.deliveries.listForEndpoint(id, page);
  }

  /** One more attempt, due now. */
  async redeliver(id: string, deliveryId: string): Promise<void> {
    await this.get(id);
    const delivery = await this.deliveries.findForEndpoint(id, deliveryId);
    if (!delivery) {
      throw DomainError.notFound('delivery', deliveryId);
    }
    await this.deliveries.redeliver(deliveryId);
    await this.waker.wake([webhookChannel(id)]);
  }
}
