import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Repository } from 'typeorm';
import { DataSource, IsNull } from 'typeorm';
import { DomainError } from '@app/domain';
import type { ChangeContext } from '../audit/audit-trail';
import { CatalogChangeRecorder } from '../audit/catalog-change-recorder';
import { WebhookEndpointEntity } from '../entities/webhook-endpoint.entity';
import type { Page, PageRequest } from '../pagination';
import { inKeysetOrder, toPage } from '../pagination';

export interface WebhookEndpointInput {
  url: string;
  events: string[];
  description: string | null;
  secret: string;
}

/** How long a rotated-out secret keeps signing beside the new one. */
export const ROTATED_SECRET_OVERLAP_MS = 24 * 60 * 60 * 1000;

/** What the audit trail says of an endpoint: never its secrets. */
function shown(endpoint: WebhookEndpointEntity): Record<string, unknown> {
  const { id, url, events, description, createdBy, createdAt, deletedAt } = endpoint;
  return { id, url, events, description, createdBy, createdAt, deletedAt };
}

/** Webhook endpoints, their changes audited on the catalog chain; deleted ones stay, unlisted. */
@Injectable()
export class WebhookEndpointRepository {
  private readonly catalog: CatalogChangeRecorder;

  constructor(private readonly dataSource: DataSource) {
    this.catalog = new CatalogChangeRecorder(dataSource);
  }

  create(input: WebhookEndpointInput, context: ChangeContext): Promise<WebhookEndpointEntity> {
    return this.catalog.record(context, 'webhook_endpoint_created', async (manager) => {
      const saved = await manager.getRepository(WebhookEndpointEntity).save({
        ...input,
        id: randomUUID(),
        createdBy: context.actor.id,
        previousSecret: null,
        previousSecretExpiresAt: null,
        deletedAt: null,
      });
      return { result: saved, event: { key: saved.id, data: { after: shown(saved) } } };
    });
  }

  list(page: PageRequest): Promise<Page<WebhookEndpointEntity>> {
    const query = this.dataSource
      .getRepository(WebhookEndpointEntity)
      .createQueryBuilder('endpoint')
      .where('endpoint.deleted_at IS NULL');
    return inKeysetOrder(query, 'endpoint', page)
      .getMany()
      .then((rows) => toPage(rows, page.limit));
  }

  /** A live endpoint; deleted ones are not found. */
  findLive(id: string): Promise<WebhookEndpointEntity | null> {
    return this.dataSource
      .getRepository(WebhookEndpointEntity)
      .findOneBy({ id, deletedAt: IsNull() });
  }

  /** Any endpoint, deleted or not: what the delivery workflow reads. */
  findAny(id: string): Promise<WebhookEndpointEntity | null> {
    return this.dataSource.getRepository(WebhookEndpointEntity).findOneBy({ id });
  }

  /** Deletes it and fails what still waits for it: nothing more is sent there. */
  delete(id: string, context: ChangeContext): Promise<void> {
    return this.catalog.record(context, 'webhook_endpoint_deleted', async (manager) => {
      const endpoint = await this.lockLive(manager.getRepository(WebhookEndpointEntity), id);
      endpoint.deletedAt = new Date();
      await manager.getRepository(WebhookEndpointEntity).save(endpoint);
      await manager.query(
        `UPDATE message_deliveries SET status = 'failed', next_attempt_at = NULL,
                last_response = 'the endpoint was deleted'
          WHERE endpoint_id = $1 AND status = 'pending'`,
        [id],
      );
      return { result: undefined, event: { key: id, data: { after: shown(endpoint) } } };
    });
  }

  /** A new secret; the one it replaces keeps signing beside it for 24 hours. */
  rotateSecret(id: string, secret: string, context: ChangeContext): Promise<WebhookEndpointEntity> {
    return this.catalog.record(context, 'webhook_secret_rotated', async (manager) => {
      const endpoints = manager.getRepository(WebhookEndpointEntity);
      const endpoint = await this.lockLive(endpoints, id);
      const now = new Date();
      endpoint.previousSecret = endpoint.secret;
      endpoint.previousSecretExpiresAt = new Date(now.getTime() + ROTATED_SECRET_OVERLAP_MS);
      endpoint.secret = secret;
      const saved = await endpoints.save(endpoint);
      const data = { endpointId: id, previousSecretExpiresAt: saved.previousSecretExpiresAt };
      return { result: saved, event: { key: `${id}@${now.toISOString()}`, data } };
    });
  }

  private async lockLive(
    endpoints: Repository<WebhookEndpointEntity>,
    id: string,
  ): Promise<WebhookEndpointEntity> {
    const endpoint = await endpoints.findOne({
      where: { id, deletedAt: IsNull() },
      lock: { mode: 'pessimistic_write' },
    });
    if (!endpoint) {
      throw DomainError.notFound('webhook endpoint', id);
    }
    return endpoint;
  }
}
