/**
 * Who decides one internal service's gates: `quorum` distinct `approvers` must approve, and
 * overdue waits escalate to `escalateTo`. Versioned: a gate keeps the version it was submitted
 * under. A service without one is decided by any manager, alone.
 */
export interface GateApprovalPolicy {
  version: number;
  approvers: string[];
  quorum: number;
  escalateTo: string[];
}

/** The limits of a policy, shared by the API's validation and its OpenAPI document. */
export const APPROVAL_POLICY_LIMITS = {
  maxApprovers: 50,
  maxEscalateTo: 50,
  delegationReason: 2_000,
} as const;

/** Why `policy` cannot be kept (the field at fault and why), or undefined when it can. */
export function approvalPolicyProblem(
  policy: Pick<GateApprovalPolicy, 'approvers' | 'quorum' | 'escalateTo'>,
): { field: string; message: string } | undefined {
  if (new Set(policy.approvers).size !== policy.approvers.length) {
    return { field: 'approvers', message: 'approvers must not repeat a person' };
  }
  if (policy.quorum > policy.approvers.length) {
    const message = `quorum ${policy.quorum} is more than the ${policy.approvers.length} approvers`;
    return { field: 'quorum', message };
  }
  return undefined;
}

/** A manager's time-boxed grant to another person to decide in their place. */
export interface DelegationGrant {
  id: string;
  /** The manager (an approver) the delegate acts for. */
  delegatorId: string;
  /** Who may act on it: a grant counts only for its own delegate. */
  delegateId: string;
  startsAt: string;
  endsAt: string;
}

/** Whether `grant` is in force at `nowMs`: from its start, up to (not including) its end. */
export function isGrantActive(grant: DelegationGrant, nowMs: number): boolean {
  return Date.parse(grant.startsAt) <= nowMs && nowMs < Date.parse(grant.endsAt);
}

/** One approval counted towards a gate's quorum. */
export interface GateApproval {
  /** Who decided: the approver, or their delegate. */
  by: string;
  /** The approver a delegate acted for; null when the approver decided. */
  onBehalfOf: string | null;
  at: string;
}
