import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CatalogChangeRecord } from '@app/domain';
import { CATALOG_CHAIN } from '../audit/audit-trail';

/** A catalog entity's changes after a time, from the catalog chain; the index covers the lookup. */
const CHANGES_AFTER = `
  SELECT (data->>'version')::int AS version, data->'before' AS before
  FROM audit_events
  WHERE chain = $1 AND action = ANY($2::text[]) AND data->>'id' = $3 AND occurred_at > $4
  ORDER BY seq`;

/**
 * The catalog's changes as its chain tells them (`{ id, version, before, after }` in each change
 * event's data): what an entity read as of a date is rebuilt from, so it agrees with the chain.
 */
@Injectable()
export class CatalogChangeRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The changes (`actions`) of entity `id` made after `at`, oldest first. */
  changesAfter<T>(
    actions: readonly string[],
    id: string,
    at: Date,
  ): Promise<CatalogChangeRecord<T>[]> {
    return this.dataSource.query(CHANGES_AFTER, [CATALOG_CHAIN, actions, id, at]);
  }
}
