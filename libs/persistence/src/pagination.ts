import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { DomainError } from '@app/domain';

export interface PageRequest {
  limit: number;
  cursor?: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * Keyset position: rows are listed by (a timestamp, id), by default (createdAt, id), so pages stay
 * stable under inserts.
 */
export interface CursorPosition {
  at: string;
  id: string;
}

/** What `Date#toISOString` writes: the only timestamps a cursor of ours holds. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** PostgreSQL's timestamptz has no year 0 and ends in 294276: stay well inside. */
const FIRST_YEAR = 1;

export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify([position.at, position.id])).toString('base64url');
}

function isInstant(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO_INSTANT.test(value)) {
    return false;
  }
  const date = new Date(value);
  return (
    !Number.isNaN(date.getTime()) &&
    date.toISOString() === value &&
    date.getUTCFullYear() >= FIRST_YEAR
  );
}

function parseCursor(cursor: string): CursorPosition | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) {
    return undefined;
  }
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      isInstant(parsed[0]) &&
      typeof parsed[1] === 'string' &&
      UUID.test(parsed[1])
    ) {
      return { at: parsed[0], id: parsed[1].toLowerCase() };
    }
  } catch {
    // not JSON: not ours
  }
  return undefined;
}

/** Whether `cursor` is one this API could have issued; anything else is the caller's mistake. */
export function isCursor(cursor: string): boolean {
  return parseCursor(cursor) !== undefined;
}

export function decodeCursor(cursor: string): CursorPosition {
  const position = parseCursor(cursor);
  if (!position) {
    throw DomainError.invalid('cursor', 'is not a cursor this API returned');
  }
  return position;
}

/**
 * Builds a page from `limit + 1` rows fetched in keyset order; `timeOf` gives the row's position
 * in the order (its createdAt unless the list is ordered by another timestamp).
 */
export function toKeysetPage<T extends { id: string }>(
  rows: T[],
  limit: number,
  timeOf: (row: T) => Date,
): Page<T> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items,
    nextCursor:
      rows.length > limit && last
        ? encodeCursor({ at: timeOf(last).toISOString(), id: last.id })
        : null,
  };
}

/** {@link toKeysetPage} for lists ordered by (createdAt, id). */
export function toPage<T extends { id: string; createdAt: Date }>(
  rows: T[],
  limit: number,
): Page<T> {
  return toKeysetPage(rows, limit, (row) => row.createdAt);
}

export interface KeysetOrder {
  /** The timestamp column the list is ordered by; `created_at` by default. */
  column?: string;
  /** `DESC` lists the newest first. */
  direction?: 'ASC' | 'DESC';
}

/**
 * Orders a list by (a timestamp column, id), asks for one row more than the page (so
 * {@link toPage} knows whether another follows) and starts after the cursor's row.
 */
export function inKeysetOrder<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  alias: string,
  page: PageRequest,
  order: KeysetOrder = {},
): SelectQueryBuilder<T> {
  const column = `${alias}.${order.column ?? 'created_at'}`;
  const direction = order.direction ?? 'ASC';
  query
    .orderBy(column, direction)
    .addOrderBy(`${alias}.id`, direction)
    .limit(page.limit + 1);
  if (page.cursor) {
    const position = decodeCursor(page.cursor);
    query.andWhere(
      `(${column}, ${alias}.id) ${direction === 'ASC' ? '>' : '<'} (:cursorAt, :cursorId)`,
      { cursorAt: position.at, cursorId: position.id },
    );
  }
  return query;
}
