import type { DelegationGrant, GateApprovalPolicy } from '../approval/approval-policy';
import { isGrantActive } from '../approval/approval-policy';
import type { Actor } from './actor';
import { Role } from './actor';
import { CycleFailureType, CycleRuleViolation } from './cycle-failure';
import { fail } from './cycle-input-rules';
import type { PendingApproval } from './cycle-state';

/** Whom a decision on a wait counts for. */
export interface DecidingFor {
  /** The approver the decision counts for. */
  approverId: string;
  /** Set when a delegate decides: the approver they act for. */
  onBehalfOf: string | null;
  /** The delegation it counts by, which the workflow confirms before applying the decision. */
  grantId?: string;
}

/**
 * Whom `actor` decides `pending` for: themselves when they may decide it, else the first approver
 * who granted them a delegation in force at `nowMs` and has not decided yet. Without a policy any
 * manager decides (their role is checked apart). Nobody decides twice, nobody counts twice, and
 * an excluded decider (four eyes) counts neither directly nor through a delegate.
 */
export function decidingFor(
  pending: Readonly<Pick<PendingApproval, 'approvalPolicy' | 'approvals'>>,
  actor: Actor,
  grants: readonly DelegationGrant[],
  excluded: readonly string[],
  nowMs: number,
): DecidingFor {
  const approvals = pending.approvals ?? [];
  if (approvals.some((approval) => approval.by === actor.id)) {
    fail(CycleFailureType.AlreadyDecided, `${actor.id} already decided on this wait`);
  }
  const policy = pending.approvalPolicy;
  if (!policy) {
    return { approverId: actor.id, onBehalfOf: null };
  }
  const counted = new Set(approvals.map((approval) => approval.onBehalfOf ?? approval.by));
  const mayCount = (id: string) => policy.approvers.includes(id) && !excluded.includes(id);
  if (mayCount(actor.id) && !counted.has(actor.id)) {
    return { approverId: actor.id, onBehalfOf: null };
  }
  const inForce = grants.filter(
    (grant) => grant.delegateId === actor.id && isGrantActive(grant, nowMs),
  );
  const grant = inForce.find(
    (candidate) => mayCount(candidate.delegatorId) && !counted.has(candidate.delegatorId),
  );
  if (grant) {
    return { approverId: grant.delegatorId, onBehalfOf: grant.delegatorId, grantId: grant.id };
  }
  if (counted.has(actor.id) || inForce.some((candidate) => counted.has(candidate.delegatorId))) {
    fail(CycleFailureType.AlreadyDecided, `the approver ${actor.id} acts for already decided`);
  }
  return fail(
    CycleFailureType.NotPermitted,
    `only the service's approvers (${policy.approvers.join(', ')}) or their delegates decide this wait`,
  );
}

/** A wait as the inbox asks about it: a gate's, or a roadmap change's. */
export interface DecidableWait extends Pick<PendingApproval, 'approvalPolicy' | 'approvals'> {
  excludedDeciders: readonly string[];
}

/** Whether `decider` may decide `wait` now: the decision's own rules, asked without deciding. */
export function mayDecideWait(
  wait: DecidableWait,
  decider: Actor,
  grants: readonly DelegationGrant[],
  nowMs: number,
): boolean {
  if (!decider.roles.includes(Role.Manager) || wait.excludedDeciders.includes(decider.id)) {
    return false;
  }
  try {
    decidingFor(wait, decider, grants, wait.excludedDeciders, nowMs);
    return true;
  } catch (error) {
    if (error instanceof CycleRuleViolation) {
      return false;
    }
    throw error;
  }
}

/**
 * Refuses to open a wait that its policy's quorum cannot settle: fewer approvers may count than
 * the quorum needs once those kept from deciding it (four eyes) are set aside.
 */
export function requireReachableQuorum(
  policy: GateApprovalPolicy | null | undefined,
  excluded: readonly string[],
): void {
  if (!policy) {
    return;
  }
  const eligible = policy.approvers.filter((id) => !excluded.includes(id));
  if (eligible.length < policy.quorum) {
    fail(
      CycleFailureType.QuorumUnreachable,
      `the service's approval policy needs ${policy.quorum} approvals, and only ${eligible.length} of its approvers (${eligible.join(', ') || 'none'}) may decide on this: ${excluded.join(', ')} took part in it. An admin changes the policy, or someone else does the work`,
    );
  }
}
