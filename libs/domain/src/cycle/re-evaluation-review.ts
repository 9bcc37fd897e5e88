import type { Initiative } from './cycle-content';
import { CycleFailureType } from './cycle-failure';
import { fail, requireOptionalText } from './cycle-input-rules';
import { CYCLE_INPUT_LIMITS as LIMITS } from './input-limits';

export const INITIATIVE_VERDICTS = ['keep', 'drop', 'change'] as const;
export type InitiativeVerdict = (typeof INITIATIVE_VERDICTS)[number];

/**
 * The re-evaluation's questions, answered with the decision: is the work still valid given the
 * company's priorities and the customers' preferences, has the environment changed, and what
 * becomes of each initiative.
 */
export interface ReEvaluationReview {
  stillValid: boolean;
  prioritiesChanged: boolean;
  customerPreferencesChanged: boolean;
  environmentChanged: boolean;
  initiatives: { id: string; verdict: InitiativeVerdict; note?: string | null }[];
}

const ANSWERS = [
  'stillValid',
  'prioritiesChanged',
  'customerPreferencesChanged',
  'environmentChanged',
] as const;

/** Every answer given, each verdict about one of the cycle's initiatives, once. */
export function checkReview(review: ReEvaluationReview, initiatives: readonly Initiative[]): void {
  for (const answer of ANSWERS) {
    if (typeof review[answer] !== 'boolean') {
      fail(CycleFailureType.InvalidCommand, `review.${answer} must be true or false`);
    }
  }
  if (!Array.isArray(review.initiatives) || review.initiatives.length > LIMITS.initiatives) {
    fail(
      CycleFailureType.InvalidCommand,
      `review.initiatives must list at most ${LIMITS.initiatives} verdicts`,
    );
  }
  const known = new Set(initiatives.map((initiative) => initiative.id));
  const seen = new Set<string>();
  review.initiatives.forEach((verdict, index) => {
    const at = `review.initiatives.${index}`;
    if (!known.has(verdict.id)) {
      fail(
        CycleFailureType.InvalidCommand,
        `${at}.id: ${verdict.id} is not an initiative of this cycle`,
      );
    }
    if (seen.has(verdict.id)) {
      fail(CycleFailureType.InvalidCommand, `${at}.id: ${verdict.id} has a verdict already`);
    }
    seen.add(verdict.id);
    if (!INITIATIVE_VERDICTS.includes(verdict.verdict)) {
      fail(
        CycleFailureType.InvalidCommand,
        `${at}.verdict must be one of ${INITIATIVE_VERDICTS.join(', ')}`,
      );
    }
    requireOptionalText(`${at}.note`, verdict.note ?? null, LIMITS.note);
  });
}

/** The review as recorded: only its known fields, notes null when absent. */
export function recordedReview(review: ReEvaluationReview): ReEvaluationReview {
  return {
    stillValid: review.stillValid,
    prioritiesChanged: review.prioritiesChanged,
    customerPreferencesChanged: review.customerPreferencesChanged,
    environmentChanged: review.environmentChanged,
    initiatives: review.initiatives.map(({ id, verdict, note }) => ({
      id,
      verdict,
      note: note ?? null,
    })),
  };
}
