import type { CycleSelection } from './cycle-selection';
import type { ApprovalNotice, CycleState } from './cycle-state';

/**
 * A cycle's state as any version recorded it: continue-as-new inputs of running cycles, the
 * projection's rows and answers from workers not yet upgraded. Earlier versions called the
 * reminders-and-escalations list `notices` and gave the selection's rule another name.
 */
export type StoredCycleState = Omit<CycleState, 'escalations' | 'selection'> & {
  escalations?: ApprovalNotice[];
  /** The former name of `escalations`. */
  notices?: ApprovalNotice[];
  selection?: (Omit<CycleSelection, 'rule'> & { rule: string }) | null;
};

/**
 * The state in today's shape, whatever version recorded it; `stored` itself is left as it is.
 * Deterministic, so workflows may call it on replay.
 */
export function currentCycleState(stored: StoredCycleState): CycleState {
  const { notices, escalations, selection, ...rest } = stored;
  return {
    ...rest,
    escalations: escalations ?? notices ?? [],
    // Every recorded selection comes from the default ranking: only the rule's name changed.
    selection: selection ? currentSelection(selection) : null,
  };
}

/** A selection in today's shape: the default rule under its current name. */
export function currentSelection(
  selection: NonNullable<StoredCycleState['selection']>,
): CycleSelection {
  return { ...selection, rule: 'default' };
}
