import type { GateApprovalPolicy } from '../approval/approval-policy';
import type { Actor } from './actor';
import { Role } from './actor';
import { CycleFailureType } from './cycle-failure';
import { fail } from './cycle-input-rules';
import { startMonitoringPeriod } from './cycle-monitoring';
import { CycleStage, CycleStatus } from './cycle-stage';
import type { DecidingFor } from './gate-deciders';
import type { ApprovalNotice, CycleState, Decision, PendingApproval } from './cycle-state';
import { CycleAction, GateDecision, ReEvaluationDecision } from './cycle-state';

/** Stages that end with a manager's approval, and the stage an approval leads to. */
export const NEXT_STAGE: Partial<Record<CycleStage, CycleStage>> = {
  [CycleStage.GapIdentification]: CycleStage.RootCauseAnalysis,
  [CycleStage.RootCauseAnalysis]: CycleStage.InitiativePlanning,
  [CycleStage.InitiativePlanning]: CycleStage.ExecutionMonitoring,
};

/** What a transition recorded, for the state machine to turn into an audit event. */
export interface Transition {
  action: CycleAction;
  data: Record<string, unknown>;
  /** The stage the event happened in. */
  stage: CycleStage;
}

/**
 * The cycle waits for a manager; `excludedDeciders` may not decide the wait (four eyes). The wait
 * keeps `approvalPolicy` (the service's, read as it opens) whatever later becomes of the policy;
 * undefined only when replaying a wait opened before policies existed.
 */
export function openApprovalWait(
  s: CycleState,
  wait: Pick<PendingApproval, 'stage' | 'submittedBy' | 'submittedAt' | 'note'>,
  excludedDeciders: string[],
  approvalPolicy?: GateApprovalPolicy | null,
): void {
  s.status = CycleStatus.AwaitingApproval;
  s.pendingApproval = {
    ...wait,
    notices: 0,
    excludedDeciders: unique(excludedDeciders),
    ...(approvalPolicy === undefined ? {} : { approvalPolicy, approvals: [] }),
  };
}

/** Everyone who wrote the current stage's work, so none of them decides its gate. */
export function noteStageAuthor(s: CycleState, actor: Actor): void {
  s.stageAuthors = unique([...(s.stageAuthors ?? []), actor.id]);
}

/**
 * Applies a checked decision on the pending wait, counting for `deciding`; `nextCycleId` names a
 * restart's new cycle. Under a policy an approval short of its quorum is only counted; one
 * rejection (or any re-evaluation decision) settles the wait.
 */
export function applyDecision(
  s: CycleState,
  decision: Decision,
  reason: string | null,
  actor: Actor,
  at: string,
  nextCycleId: string,
  deciding: DecidingFor,
): Transition {
  const pending = s.pendingApproval ?? fail(CycleFailureType.NothingToDecide, 'nothing to decide');
  const stage = pending.stage;
  const submittedBy = pending.submittedBy.id;
  const delegated = deciding.onBehalfOf ? { onBehalfOf: deciding.onBehalfOf } : {};
  const policy = pending.approvalPolicy;
  const approvals = [
    ...(pending.approvals ?? []),
    ...(decision === GateDecision.Approve
      ? [{ by: actor.id, onBehalfOf: deciding.onBehalfOf, at }]
      : []),
  ];
  const quorum = policy ? { approvals, quorum: policy.quorum } : {};
  if (policy && decision === GateDecision.Approve && approvals.length < policy.quorum) {
    pending.approvals = approvals;
    const data = { decision, reason, submittedBy, ...delegated, ...quorum };
    return { action: CycleAction.ApprovalRecorded, data, stage };
  }
  s.decisions.push({ stage, decision, reason, by: actor, at, submittedBy, ...delegated });
  s.pendingApproval = null;
  const data = { decision, reason, submittedBy, ...delegated, ...quorum };
  switch (decision) {
    case GateDecision.Reject:
      s.status = CycleStatus.InProgress;
      s.lastRejection = s.decisions.at(-1) ?? null;
      return { action: CycleAction.Rejected, data, stage };
    case GateDecision.Approve:
      s.lastRejection = null;
      s.status = CycleStatus.InProgress;
      s.stage = NEXT_STAGE[stage] ?? stage;
      s.stageAuthors = [];
      if (s.stage === CycleStage.ExecutionMonitoring) {
        startMonitoringPeriod(s, at);
      }
      return { action: CycleAction.Approved, data: { ...data, nextStage: s.stage }, stage };
    case ReEvaluationDecision.Continue:
      s.status = CycleStatus.InProgress;
      s.stage = CycleStage.ExecutionMonitoring;
      s.stageAuthors = [];
      startMonitoringPeriod(s, at);
      return {
        action: CycleAction.MonitoringContinued,
        data: { ...data, monitoring: s.monitoring },
        stage,
      };
    case ReEvaluationDecision.Close:
      finish(s, { decision: 'close', at, by: actor, reason, nextCycleId: null });
      return { action: CycleAction.Closed, data, stage };
    case ReEvaluationDecision.Restart:
      finish(s, { decision: 'restart', at, by: actor, reason, nextCycleId });
      return { action: CycleAction.Restarted, data: { ...data, nextCycleId }, stage };
  }
}

/** A wait ran one more SLA period over: the first time a reminder, then escalations. */
export function noteOverdueWait(s: CycleState, at: string): Transition {
  const pending =
    s.pendingApproval ?? fail(CycleFailureType.NothingToDecide, 'no wait to remind of');
  const level = pending.notices;
  const kind = level === 0 ? 'reminder' : 'escalation';
  const toRole = level === 0 ? Role.Manager : (s.policy.escalateTo ?? Role.Admin);
  pending.notices += 1;
  const toPeople = noticeRecipients(pending, kind);
  const notice: ApprovalNotice = {
    kind,
    stage: pending.stage,
    level,
    toRole,
    ...(toPeople ? { toPeople } : {}),
    at,
    waitingSince: pending.submittedAt,
  };
  s.escalations.push(notice);
  return {
    action: kind === 'reminder' ? CycleAction.ReminderSent : CycleAction.Escalated,
    data: { ...notice },
    stage: pending.stage,
  };
}

/**
 * Under a policy, a reminder goes to the approvers who have not decided (and may), an escalation
 * to the policy's `escalateTo`; undefined: by role, as without a policy.
 */
function noticeRecipients(
  pending: PendingApproval,
  kind: ApprovalNotice['kind'],
): string[] | undefined {
  const policy = pending.approvalPolicy;
  if (!policy) {
    return undefined;
  }
  if (kind === 'escalation') {
    return policy.escalateTo.length > 0 ? [...policy.escalateTo] : undefined;
  }
  const decided = new Set((pending.approvals ?? []).map((a) => a.onBehalfOf ?? a.by));
  const excluded = pending.excludedDeciders ?? [pending.submittedBy.id];
  return policy.approvers.filter((id) => !decided.has(id) && !excluded.includes(id));
}

function finish(s: CycleState, outcome: NonNullable<CycleState['outcome']>): void {
  s.stage = CycleStage.Closed;
  s.status = CycleStatus.Closed;
  s.outcome = outcome;
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}
