import { Role } from './actor';

/** How long a cycle's waits last; every duration is ISO 8601. */
export interface CyclePolicy {
  /** How long a gate may wait for a manager before a reminder, then each escalation. */
  approvalSla: string;
  /** How often execution monitoring asks for a status check. */
  checkInEvery: string;
  /** How long after monitoring starts the cycle is re-evaluated. */
  reEvaluateAfter: string;
  /** Who escalations go to once the reminder to managers went unanswered; admin by default. */
  escalateTo?: Role;
}

/** Who may be escalated to: the people who can act on a waiting gate. */
export const ESCALATION_ROLES: readonly Role[] = Object.freeze([Role.Manager, Role.Admin]);

export const DEFAULT_CYCLE_POLICY: Readonly<CyclePolicy> = Object.freeze({
  approvalSla: 'P5D',
  checkInEvery: 'P30D',
  reEvaluateAfter: 'P6M',
  escalateTo: Role.Admin,
});

/** The policy with every duration the caller left out (absent or undefined) set to its default. */
export function withPolicyDefaults(policy: Partial<CyclePolicy> | undefined): CyclePolicy {
  return {
    approvalSla: policy?.approvalSla ?? DEFAULT_CYCLE_POLICY.approvalSla,
    checkInEvery: policy?.checkInEvery ?? DEFAULT_CYCLE_POLICY.checkInEvery,
    reEvaluateAfter: policy?.reEvaluateAfter ?? DEFAULT_CYCLE_POLICY.reEvaluateAfter,
    escalateTo: policy?.escalateTo ?? DEFAULT_CYCLE_POLICY.escalateTo,
  };
}
