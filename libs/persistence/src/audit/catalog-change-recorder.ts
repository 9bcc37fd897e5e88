import type { DeepPartial, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { DataSource } from 'typeorm';
import { inWriteUnit } from '../idempotency/keyed-write';
import type { ChangeContext } from './audit-trail';
import { appendAuditEvent, CATALOG_CHAIN } from './audit-trail';

/** What a catalog change did, and the audit event that tells it; no event when `event` is absent. */
export interface CatalogChange<T> {
  result: T;
  event?: {
    /** Unique per change of this action: with the action, the event's idempotency key. */
    key: string;
    data: Record<string, unknown>;
  };
}

/**
 * Catalog changes (areas, services, surveys, responses, KPIs, measurements, volumes, criteria,
 * assessments) and their events on the catalog audit chain, each pair in one transaction: nothing
 * changes unrecorded, and nothing is recorded that did not change.
 */
export class CatalogChangeRecorder {
  constructor(private readonly dataSource: DataSource) {}

  /** Inserts a row of `entity` and records it as `{ after: row }`, keyed by its id. */
  save<E extends ObjectLiteral & { id: string }>(
    context: ChangeContext,
    entity: EntityTarget<E>,
    action: string,
    values: DeepPartial<NoInfer<E>>,
  ): Promise<E> {
    return this.record(context, action, async (manager) => {
      const saved = await manager.getRepository(entity).save(values);
      return { result: saved, event: { key: saved.id, data: { after: saved } } };
    });
  }

  /**
   * Runs `change` and appends the event it returns to the catalog chain, in one transaction: the
   * change's own, or the keyed write of the request it serves (committed with its key).
   */
  record<T>(
    context: ChangeContext,
    action: string,
    change: (manager: EntityManager) => Promise<CatalogChange<T>>,
  ): Promise<T> {
    return inWriteUnit(this.dataSource, async (manager) => {
      const { result, event } = await change(manager);
      if (event) {
        await appendAuditEvent(manager, CATALOG_CHAIN, {
          eventKey: `${CATALOG_CHAIN}#${action}#${event.key}`,
          cycleId: null,
          occurredAt: new Date().toISOString(),
          actor: context.actor,
          action,
          stage: null,
          data: event.data,
          requestId: context.requestId,
        });
      }
      return result;
    });
  }
}
