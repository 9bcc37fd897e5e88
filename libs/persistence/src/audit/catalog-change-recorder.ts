import type { DeepPartial, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { DataSource } from 'typeorm';
import { inWriteUnit } from '../idempotency/keyed-write';
import type { CatalogFields } from '@app/domain';
import { catalogChange, DomainError, requireCurrentVersion } from '@app/domain';
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

/** A catalog row that carries its version. */
export interface VersionedRow extends ObjectLiteral {
  id: string;
  version: number;
}

/** Which row an edit changes, and the version the caller read (its If-Match). */
export interface EditTarget<E extends VersionedRow> {
  entity: EntityTarget<E>;
  /** How the entity is named in a 404 or 412. */
  what: string;
  id: string;
  ifMatch?: string;
}

/** What an edit would make of the row: its answer's fields before and after, and how to write it. */
export interface EditPlan {
  before: CatalogFields;
  after: CatalogFields;
  /** Writes the change, the row's version set to `version`. */
  write: (version: number) => Promise<void>;
  /** Added to the event's data beside the change (e.g. the reason given for it). */
  note?: Record<string, unknown>;
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
   * Edits a versioned row: locks it (racing edits of one row wait for each other, so two made
   * from the same version never both win), refuses a stale If-Match (412), and writes the plan
   * only when a field changes, with the next version and an event `{ id, version, before, after }`
   * holding only the changed fields. 404 for a row that does not exist.
   */
  edit<E extends VersionedRow>(
    context: ChangeContext,
    action: string,
    target: EditTarget<E>,
    plan: (manager: EntityManager, row: E) => EditPlan | Promise<EditPlan>,
  ): Promise<{ changed: boolean }> {
    return this.record<{ changed: boolean }>(context, action, async (manager) => {
      const row = await manager.getRepository(target.entity).findOne({
        where: { id: target.id } as never,
        lock: { mode: 'pessimistic_write' },
      });
      if (!row) {
        throw DomainError.notFound(target.what, target.id);
      }
      requireCurrentVersion(target.what, target.id, row.version, target.ifMatch);
      const { before, after, write, note } = await plan(manager, row);
      const change = catalogChange(row.id, row.version, before, after);
      if (!change) {
        return { result: { changed: false } };
      }
      await write(change.version);
      return {
        result: { changed: true },
        event: { key: `${row.id}@${change.version}`, data: { ...change, ...note } },
      };
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
