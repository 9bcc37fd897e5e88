import type { Initiative, RootCause } from './cycle-content';
import { isClosedInitiative } from './cycle-content';
import type { CycleState } from './cycle-state';

/** What a restart hands the next cycle: drafts the team edits instead of retyping. */
export interface CarriedOverWork {
  rootCauses: RootCause[];
  initiatives: Initiative[];
}

/**
 * The previous cycle's root causes and its open initiatives (neither done nor dropped), each with
 * a new id from `newId` and linked to where it came from; an initiative's causes follow their
 * copies, and its progress stays as it was.
 */
export function carriedOverWork(state: Readonly<CycleState>, newId: () => string): CarriedOverWork {
  const causeIds = new Map<string, string>();
  const rootCauses = state.rootCauses.map((cause): RootCause => {
    const id = newId();
    if (cause.id) {
      causeIds.set(cause.id, id);
    }
    const { origin: _, ...rest } = cause;
    return {
      ...rest,
      whys: [...cause.whys],
      id,
      origin: { cycleId: state.cycleId, causeId: cause.id ?? null },
    };
  });
  const initiatives = state.initiatives
    .filter((initiative) => !isClosedInitiative(initiative))
    .map((initiative): Initiative => {
      const { origin: _, overdueNotedFor: __, ...rest } = initiative;
      const addresses = (initiative.addressesCauseIds ?? [])
        .map((id) => causeIds.get(id))
        .filter((id): id is string => id !== undefined);
      return {
        ...rest,
        id: newId(),
        ...(initiative.addressesCauseIds ? { addressesCauseIds: addresses } : {}),
        origin: { cycleId: state.cycleId, initiativeId: initiative.id },
      };
    });
  return { rootCauses, initiatives };
}

/** What a new cycle's first event says it carried over, when it did. */
export function carriedOverData(state: Readonly<CycleState>): { carriedOver?: CarriedOverWork } {
  const carried = state.rootCauses.length > 0 || state.initiatives.length > 0;
  return carried
    ? { carriedOver: { rootCauses: state.rootCauses, initiatives: state.initiatives } }
    : {};
}
