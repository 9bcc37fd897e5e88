import type { GateApprovalPolicy } from '../approval/approval-policy';
import type { Actor } from './actor';
import { Role, SYSTEM_ACTOR } from './actor';
import type { KpiReading } from './cycle-content';
import { closeWaitingChange } from './cycle-beginning';
import { CycleFailureType } from './cycle-failure';
import { fail } from './cycle-input-rules';
import { reEvaluationSnapshot, startMonitoringPeriod } from './cycle-monitoring';
import { CycleStage, CycleStatus } from './cycle-stage';
import type { DecidingFor } from './gate-deciders';
import type { ReEvaluationReview } from './re-evaluation-review';
import { recordedReview } from './re-evaluation-review';
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
  deciding: DecidingFor & { review?: ReEvaluationReview },
): Transition {
  const pending = s.pendingApproval ?? fail(CycleFailureType.NothingToDecide, 'nothing to decide');
  const stage = pending.stage;
  const review = deciding.review ? { review: recordedReview(deciding.review) } : {};
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
  s.decisions.push({
    stage,
    decision,
    reason,
    by: actor,
    at,
    submittedBy,
    ...delegated,
    ...review,
  });
  s.pendingApproval = null;
  const data = { decision, reason, submittedBy, ...delegated, ...quorum, ...review };
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

/**
 * Monitoring ends (on schedule, or asked by a manager): the cycle waits for the re-evaluation's
 * decision, a wait like any gate's with the same SLA. Four eyes: the manager who asked for it and
 * those who reported the work do not decide it.
 */
export function enterReEvaluation(
  s: CycleState,
  trigger: 'schedule' | 'manager',
  actor: Actor,
  reason: string | null,
  at: string,
  kpi: KpiReading | null,
  approvalPolicy: GateApprovalPolicy | null | undefined,
): Transition {
  const snapshot = reEvaluationSnapshot(s, trigger, actor, reason, at, kpi);
  s.reEvaluations.push(snapshot);
  s.stage = CycleStage.ReEvaluation;
  openApprovalWait(
    s,
    { stage: CycleStage.ReEvaluation, submittedBy: SYSTEM_ACTOR, submittedAt: at, note: reason },
    [...(trigger === 'manager' ? [actor.id] : []), ...(s.stageAuthors ?? [])],
    approvalPolicy,
  );
  return {
    action: CycleAction.ReEvaluationStarted,
    data: { ...snapshot },
    stage: CycleStage.ExecutionMonitoring,
  };
}

/** A wait ran one more SLA period over: the first time a reminder, then escalations. */
export function noteOverdueWait(s: CycleState, at: string): Transition {
  const pending =
    s.pendingApproval ?? fail(CycleFailureType.NothingToDecide, 'no wait to remind of');
  const excluded = pending.excludedDeciders ?? [pending.submittedBy.id];
  return noteOverdue(
    s,
    pending,
    excluded,
    { stage: pending.stage, since: pending.submittedAt },
    at,
  );
}

/** What waits and may run over its SLA: a gate, or a roadmap change. */
type Waiting = Pick<PendingApproval, 'notices' | 'approvalPolicy' | 'approvals'>;

/**
 * Notes that `wait` ran one more SLA period over; `changeId` names a roadmap change. Under a
 * policy a reminder goes to the approvers who have not decided (and may), an escalation to the
 * policy's `escalateTo`; without one, by role.
 */
export function noteOverdue(
  s: CycleState,
  wait: Waiting,
  excluded: readonly string[],
  what: { stage: CycleStage; since: string; changeId?: string },
  at: string,
): Transition {
  const level = wait.notices;
  const kind = level === 0 ? 'reminder' : 'escalation';
  const toRole = level === 0 ? Role.Manager : (s.policy.escalateTo ?? Role.Admin);
  wait.notices += 1;
  const toPeople = noticeRecipients(wait, kind, excluded);
  const notice: ApprovalNotice = {
    kind,
    stage: what.stage,
    level,
    toRole,
    ...(toPeople ? { toPeople } : {}),
    ...(what.changeId ? { changeId: what.changeId } : {}),
    at,
    waitingSince: what.since,
  };
  s.escalations.push(notice);
  return {
    action: kind === 'reminder' ? CycleAction.ReminderSent : CycleAction.Escalated,
    data: { ...notice },
    stage: what.stage,
  };
}

function noticeRecipients(
  wait: Waiting,
  kind: ApprovalNotice['kind'],
  excluded: readonly string[],
): string[] | undefined {
  const policy = wait.approvalPolicy;
  if (!policy) {
    return undefined;
  }
  if (kind === 'escalation') {
    return policy.escalateTo.length > 0 ? [...policy.escalateTo] : undefined;
  }
  const decided = new Set((wait.approvals ?? []).map((a) => a.onBehalfOf ?? a.by));
  return policy.approvers.filter((id) => !decided.has(id) && !excluded.includes(id));
}

function finish(s: CycleState, outcome: NonNullable<CycleState['outcome']>): void {
  closeWaitingChange(s);
  s.stage = CycleStage.Closed;
  s.status = CycleStatus.Closed;
  s.outcome = outcome;
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}
