import type { Initiative, InitiativePlan, RootCause } from './cycle-content';
import { InitiativeStatus } from './cycle-content';
import { CycleFailureType } from './cycle-failure';
import { fail } from './cycle-input-rules';
import { CYCLE_INPUT_LIMITS as LIMITS } from './input-limits';

/** A submitter's word that some root causes stay unaddressed, and why. */
export interface UncoveredCausesAcceptance {
  uncoveredCauses?: 'accepted';
  reason?: string | null;
}

/** A cause as recorded: its own copy of the whys, and its id when the workflow gave one. */
export function withCauseId(cause: RootCause, id: string | undefined): RootCause {
  return { ...cause, whys: [...cause.whys], ...(id ? { id } : {}) };
}

/** Each initiative names only root causes of this cycle, each once. */
export function checkCauseLinks(
  plans: readonly InitiativePlan[],
  causes: readonly RootCause[],
  field = 'initiatives',
): void {
  const known = new Set(causes.map((cause) => cause.id).filter(Boolean));
  plans.forEach((plan, index) => {
    const ids = plan.addressesCauseIds;
    if (ids === undefined) {
      return;
    }
    const at = `${field}.${index}.addressesCauseIds`;
    if (!Array.isArray(ids) || ids.length > LIMITS.causes || new Set(ids).size !== ids.length) {
      fail(
        CycleFailureType.InvalidCommand,
        `${at} must list distinct cause ids, at most ${LIMITS.causes}`,
      );
    }
    const unknown = ids.find((id) => typeof id !== 'string' || !known.has(id));
    if (unknown !== undefined) {
      fail(
        CycleFailureType.InvalidCommand,
        `${at}: ${String(unknown)} is not a root cause of this cycle`,
      );
    }
  });
}

/** The root causes (with ids) that no initiative still in the roadmap addresses. */
export function uncoveredCauses(
  causes: readonly RootCause[],
  initiatives: readonly Initiative[],
): RootCause[] {
  const addressed = new Set(
    initiatives
      .filter((initiative) => initiative.status !== InitiativeStatus.Dropped)
      .flatMap((initiative) => initiative.addressesCauseIds ?? []),
  );
  return causes.filter((cause) => cause.id !== undefined && !addressed.has(cause.id));
}

/**
 * Submitting initiatives that leave a cause unaddressed is refused, naming the causes, unless the
 * submitter accepts it with a reason; the acceptance is what the approvers and the history see.
 */
export function checkCauseCoverage(
  uncovered: readonly RootCause[],
  acceptance: UncoveredCausesAcceptance,
): { causeIds: string[]; reason: string } | undefined {
  if (acceptance.uncoveredCauses === 'accepted' && !acceptance.reason?.trim()) {
    fail(CycleFailureType.InvalidCommand, 'reason is required to accept uncovered causes');
  }
  if (uncovered.length === 0) {
    return undefined;
  }
  if (acceptance.uncoveredCauses !== 'accepted') {
    const named = uncovered.map((cause) => `${cause.id} (${cause.description})`).join('; ');
    fail(
      CycleFailureType.UncoveredCauses,
      `no initiative addresses root cause ${named}: name it in addressesCauseIds, or submit with uncoveredCauses "accepted" and a reason`,
    );
  }
  return {
    causeIds: uncovered.map((cause) => cause.id as string),
    reason: acceptance.reason ?? '',
  };
}
