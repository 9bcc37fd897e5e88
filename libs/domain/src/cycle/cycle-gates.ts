import type { Actor } from './actor';
import { Role } from './actor';
import { CycleFailureType } from './cycle-failure';
import { fail } from './cycle-input-rules';
import { startMonitoringPeriod } from './cycle-monitoring';
import { CycleStage, CycleStatus } from './cycle-stage';
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

/** The cycle waits for a manager; `excludedDeciders` may not decide the wait (four eyes). */
export function openApprovalWait(
  s: CycleState,
  wait: Pick<PendingApproval, 'stage' | 'submittedBy' | 'submittedAt' | 'note'>,
  excludedDeciders: string[],
): void {
  s.status = CycleStatus.AwaitingApproval;
  s.pendingApproval = { ...wait, notices: 0, excludedDeciders: unique(excludedDeciders) };
}

/** Everyone who wrote the current stage's work, so none of them decides its gate. */
export function noteStageAuthor(s: CycleState, actor: Actor): void {
  s.stageAuthors = unique([...(s.stageAuthors ?? []), actor.id]);
}

/** Applies a checked decision on the pending wait; `nextCycleId` names a restart's new cycle. */
export function applyDecision(
  s: CycleState,
  decision: Decision,
  reason: string | null,
  actor: Actor,
  at: string,
  nextCycleId: string,
): Transition {
  const pending = s.pendingApproval ?? fail(CycleFailureType.NothingToDecide, 'nothing to decide');
  const stage = pending.stage;
  s.decisions.push({ stage, decision, reason, by: actor, at, submittedBy: pending.submittedBy.id });
  s.pendingApproval = null;
  const data = { decision, reason, submittedBy: pending.submittedBy.id };
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
  const notice: ApprovalNotice = {
    kind,
    stage: pending.stage,
    level,
    toRole,
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

function finish(s: CycleState, outcome: NonNullable<CycleState['outcome']>): void {
  s.stage = CycleStage.Closed;
  s.status = CycleStatus.Closed;
  s.outcome = outcome;
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}
