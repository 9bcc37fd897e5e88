import { canonicalJson } from '../audit/canonical-json';
import { DomainError, ErrorCode } from '../errors/domain-error';

/** A catalog entity's fields as its answer shows them (never its version or timestamps). */
export type CatalogFields = Readonly<Record<string, unknown>>;

/**
 * The data of a change event on the catalog chain: the entity's id, its new version, and only the
 * fields that changed, as they stood before and after. Enough to rebuild any version from the
 * one before it.
 */
export interface CatalogChangeData {
  id: string;
  version: number;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}

/** Fields that never belong to a change: they move with every change or never at all. */
const UNRECORDED = new Set(['id', 'version', 'createdAt', 'updatedAt']);

/**
 * The change from `before` to `after` of the entity `id` at `version`, holding only the fields
 * whose value differs (compared as canonical JSON, so key order never counts as a change);
 * `null` when nothing changed, which makes no new version.
 */
export function catalogChange(
  id: string,
  version: number,
  before: CatalogFields,
  after: CatalogFields,
): CatalogChangeData | null {
  const changed = Object.keys({ ...before, ...after }).filter(
    (field) =>
      !UNRECORDED.has(field) &&
      canonicalJson(before[field] ?? null) !== canonicalJson(after[field] ?? null),
  );
  if (changed.length === 0) {
    return null;
  }
  const pick = (fields: CatalogFields) =>
    Object.fromEntries(changed.map((field) => [field, fields[field] ?? null]));
  return { id, version: version + 1, before: pick(before), after: pick(after) };
}

/** The entity tag of a version, as the ETag header carries it: `"3"`. */
export function versionTag(version: number): string {
  return `"${version}"`;
}

/**
 * Refuses a change whose `If-Match` names another version than the current one (412): the
 * caller edited from a stale read. No `If-Match` or `*` accepts any version; weak tags (`W/"3"`)
 * and lists (`"2", "3"`) are read as RFC 9110 allows.
 */
export function requireCurrentVersion(
  what: string,
  id: string,
  current: number,
  ifMatch: string | undefined,
): void {
  if (ifMatch === undefined || ifMatch.trim() === '*') {
    return;
  }
  const tags = ifMatch.split(',').map((tag) => tag.trim().replace(/^W\//, ''));
  if (!tags.includes(versionTag(current))) {
    throw new DomainError(
      ErrorCode.PreconditionFailed,
      `${what} ${id} is at version ${current}, not ${ifMatch.trim()}: read it again and reapply the change`,
    );
  }
}
