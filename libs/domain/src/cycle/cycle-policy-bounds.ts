import type { TextProblem } from '../text/storable-text';
import { addIsoDuration, parseIsoDuration } from '../time/iso-duration';
import type { CyclePolicy } from './cycle-policy';
import { ESCALATION_ROLES } from './cycle-policy';

export type PolicyDuration = 'approvalSla' | 'checkInEvery' | 'reEvaluateAfter';

/**
 * The longest each clock may run. Past these a cycle is no longer a cycle (an approval nobody is
 * reminded of for a quarter, a re-evaluation after five years), and far past them the date
 * arithmetic leaves the range of a JavaScript Date.
 */
export const POLICY_MAXIMUM: Readonly<Record<PolicyDuration, string>> = Object.freeze({
  approvalSla: 'P90D',
  checkInEvery: 'P1Y',
  reEvaluateAfter: 'P5Y',
});

/** The shortest clock a deployment accepts by default (`CYCLE_POLICY_MIN`). */
export const DEFAULT_POLICY_MINIMUM = 'PT1M';

/**
 * The floor no configuration can lower: a shorter clock fires faster than a cycle can record
 * what it does, and the workflow refuses it whatever the API was told.
 */
export const ABSOLUTE_POLICY_MINIMUM = 'PT1S';

const POLICY_DURATIONS: readonly PolicyDuration[] = Object.keys(POLICY_MAXIMUM) as PolicyDuration[];

// Bounds compare durations as lengths from one fixed instant, so a month is never "sometimes" 30
// days: deterministic in the workflow and the API alike.
const REFERENCE = new Date(Date.UTC(2001, 0, 1));

/** The length of a duration in milliseconds from a fixed instant; NaN when it has none. */
export function policyDurationMs(text: string): number {
  if (!parseIsoDuration(text)) {
    return Number.NaN;
  }
  return addIsoDuration(REFERENCE, text).getTime() - REFERENCE.getTime();
}

/** Every clock of `policy` outside `minimum`..its maximum, as field problems. */
export function policyProblems(
  policy: Pick<CyclePolicy, PolicyDuration>,
  minimum: string = DEFAULT_POLICY_MINIMUM,
): TextProblem[] {
  const floor = Math.max(policyDurationMs(minimum), policyDurationMs(ABSOLUTE_POLICY_MINIMUM));
  return POLICY_DURATIONS.flatMap((field) => {
    const text = policy[field];
    const length = typeof text === 'string' ? policyDurationMs(text) : Number.NaN;
    if (Number.isNaN(length)) {
      return [{ field, message: `${field} must be an ISO 8601 duration such as P5D` }];
    }
    if (length < floor || length > policyDurationMs(POLICY_MAXIMUM[field])) {
      const lowest = floor === policyDurationMs(minimum) ? minimum : ABSOLUTE_POLICY_MINIMUM;
      return [
        {
          field,
          message: `${field} must be between ${lowest} and ${POLICY_MAXIMUM[field]}`,
        },
      ];
    }
    return [];
  });
}

/** An `escalateTo` nobody could act on (an improver or an auditor cannot decide a gate). */
export function escalationProblems(policy: Pick<CyclePolicy, 'escalateTo'>): TextProblem[] {
  return policy.escalateTo === undefined || ESCALATION_ROLES.includes(policy.escalateTo)
    ? []
    : [
        {
          field: 'escalateTo',
          message: `escalateTo must be one of ${ESCALATION_ROLES.join(', ')}`,
        },
      ];
}
