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

/** Keyset position: rows are listed by (createdAt, id), so pages stay stable under inserts. */
export interface CursorPosition {
  createdAt: string;
  id: string;
}

export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify([position.createdAt, position.id])).toString('base64url');
}

export function decodeCursor(cursor: string): CursorPosition {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      typeof parsed[0] === 'string' &&
      !Number.isNaN(Date.parse(parsed[0])) &&
      typeof parsed[1] === 'string' &&
      /^[0-9a-f-]{36}$/i.test(parsed[1])
    ) {
      return { createdAt: parsed[0], id: parsed[1] };
    }
  } catch {
    // fall through to the domain error
  }
  throw DomainError.invalid('cursor', 'is not a cursor this API returned');
}

/** Builds a page from `limit + 1` rows fetched in keyset order. */
export function toPage<T extends { id: string; createdAt: Date }>(
  rows: T[],
  limit: number,
): Page<T> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items,
    nextCursor:
      rows.length > limit && last
        ? encodeCursor({ createdAt: last.createdAt.toISOString(), id: last.id })
        : null,
  };
}

/**
 * Orders a list by (created_at, id), asks for one row more than the page (so {@link toPage} knows
 * whether another follows) and starts after the cursor's row.
 */
export function inKeysetOrder<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  alias: string,
  page: PageRequest,
): SelectQueryBuilder<T> {
  query
    .orderBy(`${alias}.created_at`, 'ASC')
    .addOrderBy(`${alias}.id`, 'ASC')
    .limit(page.limit + 1);
  if (page.cursor) {
    query.andWhere(
      `(${alias}.created_at, ${alias}.id) > (:createdAt, :id)`,
      decodeCursor(page.cursor),
    );
  }
  return query;
}
