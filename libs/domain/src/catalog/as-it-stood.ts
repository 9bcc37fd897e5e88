/** A catalog change as its event tells it: the entity's version after it, and what it changed. */
export interface CatalogChangeRecord<T> {
  version: number;
  /** Only the fields the change touched, as they were before it. */
  before: Partial<T>;
}

/**
 * An entity as it stood before `laterChanges` (oldest first), from how it stands now: each
 * change undone, newest first, so a field takes the value it had before the first later change
 * that touched it. The version is the one before the first later change.
 */
export function asItStood<T extends { version?: number }>(
  current: T,
  laterChanges: readonly CatalogChangeRecord<T>[],
): T {
  let entity = { ...current };
  for (const change of [...laterChanges].reverse()) {
    entity = { ...entity, ...change.before };
  }
  const first = laterChanges[0];
  return first && current.version !== undefined
    ? { ...entity, version: first.version - 1 }
    : entity;
}
