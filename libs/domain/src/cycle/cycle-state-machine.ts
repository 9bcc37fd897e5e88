import { addIsoDuration, parseIsoDuration } from '../time/iso-duration';
import type { Actor } from './actor';
import { Role, SYSTEM_ACTOR } from './actor';
import type {
  GapStatement,
  Initiative,
  InitiativePlan,
  KpiReading,
  ProgressReport,
  RootCause,
} from './cycle-content';
import { InitiativeStatus, KpiDirection } from './cycle-content';
import { CycleFailureType } from './cycle-failure';
import {
  checkInitiativePlans,
  checkRootCauses,
  CycleRuleSet,
  fail,
  requireNumber,
  requireOptionalText,
  requirePerson,
  requireRole,
  requireText,
} from './cycle-input-rules';
import { ABSOLUTE_POLICY_MINIMUM, policyProblems } from './cycle-policy-bounds';
import { CycleStage, CycleStatus } from './cycle-stage';
import type {
  CycleEvent,
  CycleState,
  Decision,
  InitiativeOutcome,
  KpiComparison,
  PendingApproval,
} from './cycle-state';
import { CycleAction, GateDecision, ReEvaluationDecision } from './cycle-state';
import type { StartCycleInput } from './improvement-cycle.contract';
import { CYCLE_INPUT_LIMITS as LIMITS } from './input-limits';

/** Stages that end with a manager's approval, and the stage an approval leads to. */
const NEXT_STAGE: Partial<Record<CycleStage, CycleStage>> = {
  [CycleStage.GapIdentification]: CycleStage.RootCauseAnalysis,
  [CycleStage.RootCauseAnalysis]: CycleStage.InitiativePlanning,
  [CycleStage.InitiativePlanning]: CycleStage.ExecutionMonitoring,
};

/** Reminder plus escalations sent for one wait; after that the wait is left to the inbox. */
export const MAX_APPROVAL_NOTICES = 6;

/** Check-ins kept in the state (and so the projection); every one of them is in the history. */
export const RECENT_CHECK_INS = 12;

export type DueTimer = 'approval_sla' | 'check_in' | 're_evaluation';

/**
 * The improvement cycle's rules: which command is allowed when, by whom, and what it changes.
 * Pure and deterministic (time and ids come in as arguments), so the workflow can run it and
 * every transition can be unit tested. `check*` methods only validate (Temporal update
 * validators); the command methods validate again, apply, and return the audit event.
 */
export class CycleStateMachine {
  private rules = CycleRuleSet.Current;

  private constructor(private readonly s: CycleState) {}

  /**
   * Which rules the command methods apply. Validators always run the current ones; a replayed
   * command recorded under the original rules is applied as it was then (see `CycleRuleSet`).
   */
  applyRuleSet(rules: CycleRuleSet): void {
    this.rules = rules;
  }

  /** Runs `check` with the current rules, whatever the commands are applied with. */
  validating(check: () => void): void {
    const applied = this.rules;
    this.rules = CycleRuleSet.Current;
    try {
      check();
    } finally {
      this.rules = applied;
    }
  }

  static begin(input: StartCycleInput): CycleStateMachine {
    return new CycleStateMachine({
      cycleId: input.cycleId,
      serviceId: input.serviceId,
      policy: input.policy,
      previousCycleId: input.previousCycleId ?? null,
      selection: input.selection ?? null,
      startedAt: input.requestedAt,
      startedBy: input.startedBy,
      stage: CycleStage.GapIdentification,
      status: CycleStatus.InProgress,
      gap: null,
      rootCauses: [],
      initiatives: [],
      pendingApproval: null,
      lastRejection: null,
      decisions: [],
      notices: [],
      checkIns: [],
      stageAuthors: [],
      monitoring: null,
      reEvaluations: [],
      outcome: null,
      eventCount: 0,
      updatedAt: input.requestedAt,
    });
  }

  static restore(state: CycleState): CycleStateMachine {
    return new CycleStateMachine(state);
  }

  get state(): Readonly<CycleState> {
    return this.s;
  }

  isFinished(): boolean {
    return this.s.status === CycleStatus.Closed || this.s.status === CycleStatus.Cancelled;
  }

  started(): CycleEvent {
    return this.event(CycleAction.Started, this.s.startedBy, this.s.startedAt, {
      serviceId: this.s.serviceId,
      policy: this.s.policy,
      previousCycleId: this.s.previousCycleId,
      selection: this.s.selection,
    });
  }

  /** Why this new cycle cannot run: a policy outside the bounds every deployment shares. */
  startProblem(): string | undefined {
    const problems = policyProblems(this.s.policy, ABSOLUTE_POLICY_MINIMUM);
    return problems.length > 0 ? problems.map((problem) => problem.message).join('; ') : undefined;
  }

  /** The cycle could not be recorded (another active cycle): it ends without an event. */
  abandon(): void {
    this.s.stage = CycleStage.Cancelled;
    this.s.status = CycleStatus.Cancelled;
  }

  // Stage work ----------------------------------------------------------------------------------

  checkRecordGap(gap: GapStatement, actor: Actor): void {
    this.requireWorkOn(CycleStage.GapIdentification, actor);
    this.onInput(() => {
      requireText('statement', gap.statement, LIMITS.gapText);
      requireText('evidence', gap.evidence, LIMITS.gapText);
      requireOptionalText('kpiId', gap.kpiId, 100);
      requireNumber('currentValue', gap.currentValue);
      requireNumber('targetValue', gap.targetValue);
    });
  }

  recordGap(gap: GapStatement, actor: Actor, at: string): CycleEvent {
    this.checkRecordGap(gap, actor);
    this.s.gap = { ...gap, kpiId: gap.kpiId ?? null };
    this.noteAuthor(actor);
    return this.event(CycleAction.GapRecorded, actor, at, { gap: this.s.gap });
  }

  checkRecordRootCauses(causes: RootCause[], actor: Actor): void {
    this.requireWorkOn(CycleStage.RootCauseAnalysis, actor);
    this.onInput(() => checkRootCauses(causes));
  }

  recordRootCauses(causes: RootCause[], actor: Actor, at: string): CycleEvent {
    this.checkRecordRootCauses(causes, actor);
    this.s.rootCauses = causes.map((cause) => ({ ...cause, whys: [...cause.whys] }));
    this.noteAuthor(actor);
    return this.event(CycleAction.RootCausesRecorded, actor, at, { causes: this.s.rootCauses });
  }

  checkRecordInitiatives(plans: InitiativePlan[], actor: Actor): void {
    this.requireWorkOn(CycleStage.InitiativePlanning, actor);
    this.onInput(() => checkInitiativePlans(plans));
  }

  /** Replaces the roadmap; `ids` names each initiative (the workflow makes them deterministically). */
  recordInitiatives(plans: InitiativePlan[], ids: string[], actor: Actor, at: string): CycleEvent {
    this.checkRecordInitiatives(plans, actor);
    this.s.initiatives = plans.map((plan, index): Initiative => ({
      ...plan,
      kpiId: plan.kpiId ?? null,
      id: ids[index] ?? fail(CycleFailureType.InvalidCommand, 'an initiative id is missing'),
      percentComplete: 0,
      status: InitiativeStatus.NotStarted,
      lastProgressAt: null,
      lastNote: null,
    }));
    this.noteAuthor(actor);
    return this.event(CycleAction.InitiativesRecorded, actor, at, {
      initiatives: this.s.initiatives,
    });
  }

  // Gates ---------------------------------------------------------------------------------------

  checkSubmit(actor: Actor, note: string | null = null): void {
    this.requireRole(actor, Role.Improver, 'submit a stage');
    this.onInput(() => requireOptionalText('note', note, LIMITS.note));
    const stage = this.s.stage;
    if (!NEXT_STAGE[stage]) {
      fail(CycleFailureType.WrongStage, `the ${stage} stage is not submitted for approval`);
    }
    if (this.s.status === CycleStatus.AwaitingApproval) {
      fail(CycleFailureType.WrongStage, `the ${stage} stage already awaits approval`);
    }
    const missing =
      (stage === CycleStage.GapIdentification && !this.s.gap && 'the gap') ||
      (stage === CycleStage.RootCauseAnalysis && this.s.rootCauses.length === 0 && 'root causes') ||
      (stage === CycleStage.InitiativePlanning && this.s.initiatives.length === 0 && 'initiatives');
    if (missing) {
      fail(CycleFailureType.WrongStage, `record ${missing} before submitting the ${stage} stage`);
    }
  }

  submit(note: string | null, actor: Actor, at: string): CycleEvent {
    this.checkSubmit(actor, note);
    this.s.status = CycleStatus.AwaitingApproval;
    this.s.pendingApproval = {
      stage: this.s.stage,
      submittedBy: actor,
      submittedAt: at,
      note,
      notices: 0,
      excludedDeciders: unique([actor.id, ...(this.s.stageAuthors ?? [])]),
    };
    return this.event(CycleAction.Submitted, actor, at, { note });
  }

  checkDecide(decision: Decision, reason: string | null, actor: Actor): void {
    this.requireRole(actor, Role.Manager, 'decide');
    const pending = this.s.pendingApproval;
    if (!pending || this.s.status !== CycleStatus.AwaitingApproval) {
      fail(
        CycleFailureType.NothingToDecide,
        `nothing in cycle ${this.s.cycleId} awaits a decision`,
      );
      return;
    }
    const reEvaluating = pending.stage === CycleStage.ReEvaluation;
    const allowed: Decision[] = reEvaluating
      ? Object.values(ReEvaluationDecision)
      : Object.values(GateDecision);
    if (!allowed.includes(decision)) {
      fail(
        CycleFailureType.InvalidCommand,
        `decision must be one of ${allowed.join(', ')} in the ${pending.stage} stage`,
      );
    }
    if (this.excludedDeciders(pending).includes(actor.id)) {
      fail(
        CycleFailureType.SelfApproval,
        'nobody decides on their own submission, on work they wrote or on a wait they triggered',
      );
    }
    if (decision !== GateDecision.Approve && !reason?.trim()) {
      fail(CycleFailureType.InvalidCommand, `reason is required to ${decision}`);
    }
    this.onInput(() => requireOptionalText('reason', reason, LIMITS.reason));
  }

  /** Records a manager's decision; `nextCycleId` names the new cycle a restart opens. */
  decide(
    decision: Decision,
    reason: string | null,
    actor: Actor,
    at: string,
    nextCycleId: string,
  ): CycleEvent {
    this.checkDecide(decision, reason, actor);
    const pending = this.s.pendingApproval as PendingApproval;
    const stage = pending.stage;
    this.s.decisions.push({
      stage,
      decision,
      reason,
      by: actor,
      at,
      submittedBy: pending.submittedBy.id,
    });
    this.s.pendingApproval = null;
    const data = { decision, reason, submittedBy: pending.submittedBy.id };
    switch (decision) {
      case GateDecision.Reject:
        this.s.status = CycleStatus.InProgress;
        this.s.lastRejection = this.s.decisions.at(-1) ?? null;
        return this.event(CycleAction.Rejected, actor, at, data, stage);
      case GateDecision.Approve: {
        this.s.lastRejection = null;
        this.s.status = CycleStatus.InProgress;
        this.s.stage = NEXT_STAGE[stage] ?? stage;
        this.s.stageAuthors = [];
        if (this.s.stage === CycleStage.ExecutionMonitoring) {
          this.startMonitoringPeriod(at);
        }
        return this.event(
          CycleAction.Approved,
          actor,
          at,
          { ...data, nextStage: this.s.stage },
          stage,
        );
      }
      case ReEvaluationDecision.Continue:
        this.s.status = CycleStatus.InProgress;
        this.s.stage = CycleStage.ExecutionMonitoring;
        this.s.stageAuthors = [];
        this.startMonitoringPeriod(at);
        return this.event(
          CycleAction.MonitoringContinued,
          actor,
          at,
          { ...data, monitoring: this.s.monitoring },
          stage,
        );
      case ReEvaluationDecision.Close:
        this.finish('close', actor, at, reason, null);
        return this.event(CycleAction.Closed, actor, at, data, stage);
      case ReEvaluationDecision.Restart:
        this.finish('restart', actor, at, reason, nextCycleId);
        return this.event(CycleAction.Restarted, actor, at, { ...data, nextCycleId }, stage);
    }
  }

  // Monitoring ----------------------------------------------------------------------------------

  checkReportProgress(report: ProgressReport, actor: Actor): void {
    this.requireRole(actor, Role.Improver, 'report progress');
    if (this.s.stage !== CycleStage.ExecutionMonitoring) {
      fail(
        CycleFailureType.WrongStage,
        `progress is reported in execution_monitoring, not ${this.s.stage}`,
      );
    }
    if (!this.s.initiatives.some((initiative) => initiative.id === report.initiativeId)) {
      fail(
        CycleFailureType.UnknownInitiative,
        `initiative ${report.initiativeId} is not part of this cycle`,
      );
    }
    if (
      !Number.isFinite(report.percentComplete) ||
      report.percentComplete < 0 ||
      report.percentComplete > 100
    ) {
      fail(CycleFailureType.InvalidCommand, 'percentComplete must be between 0 and 100');
    }
    this.onInput(() => requireOptionalText('note', report.note, LIMITS.note));
    const reportable = Object.values(InitiativeStatus).filter(
      (status) => status !== InitiativeStatus.NotStarted,
    );
    if (!reportable.includes(report.status)) {
      fail(CycleFailureType.InvalidCommand, `status must be one of ${reportable.join(', ')}`);
    }
  }

  reportProgress(report: ProgressReport, actor: Actor, at: string): CycleEvent {
    this.checkReportProgress(report, actor);
    const initiative = this.s.initiatives.find(
      (candidate) => candidate.id === report.initiativeId,
    ) as Initiative;
    initiative.percentComplete = report.percentComplete;
    initiative.status = report.status;
    initiative.lastProgressAt = at;
    initiative.lastNote = report.note;
    this.noteAuthor(actor);
    return this.event(CycleAction.ProgressReported, actor, at, { ...report });
  }

  checkReEvaluateNow(reason: string | null, actor: Actor): void {
    this.requireRole(actor, Role.Manager, 're-evaluate a cycle');
    if (this.s.stage !== CycleStage.ExecutionMonitoring) {
      fail(
        CycleFailureType.WrongStage,
        `only a cycle in execution_monitoring is re-evaluated, not ${this.s.stage}`,
      );
    }
    this.onInput(() => requireText('reason', reason, LIMITS.reason));
  }

  reEvaluateNow(reason: string, actor: Actor, at: string, kpi: KpiReading | null): CycleEvent {
    this.checkReEvaluateNow(reason, actor);
    return this.enterReEvaluation('manager', actor, reason, at, kpi);
  }

  checkCancel(reason: string | null, actor: Actor): void {
    this.requireRole(actor, Role.Manager, 'cancel a cycle');
    if (this.isFinished()) {
      fail(CycleFailureType.WrongStage, `cycle ${this.s.cycleId} is already ${this.s.status}`);
    }
    this.onInput(() => requireText('reason', reason, LIMITS.reason));
  }

  cancel(reason: string, actor: Actor, at: string): CycleEvent {
    this.checkCancel(reason, actor);
    const stage = this.s.stage;
    this.s.stage = CycleStage.Cancelled;
    this.s.status = CycleStatus.Cancelled;
    this.s.pendingApproval = null;
    this.s.outcome = { decision: 'cancel', at, by: actor, reason, nextCycleId: null };
    return this.event(CycleAction.Cancelled, actor, at, { reason }, stage);
  }

  // Timers --------------------------------------------------------------------------------------

  /** When the next timer-driven transition is due (epoch ms), if any is scheduled. */
  nextDeadline(): number | undefined {
    const deadlines = [
      this.approvalDeadline(),
      this.checkInDeadline(),
      this.reEvaluationDeadline(),
    ].filter((deadline): deadline is number => deadline !== undefined);
    return deadlines.length ? Math.min(...deadlines) : undefined;
  }

  /** The timer-driven transition due at `now`, re-evaluation first. */
  dueTimer(now: number): DueTimer | undefined {
    const due = (deadline: number | undefined) => deadline !== undefined && deadline <= now;
    if (due(this.reEvaluationDeadline())) {
      return 're_evaluation';
    }
    if (due(this.approvalDeadline())) {
      return 'approval_sla';
    }
    if (due(this.checkInDeadline())) {
      return 'check_in';
    }
    return undefined;
  }

  /** A gate waited one more SLA period: the first time a reminder, then escalations. */
  recordApprovalOverdue(at: string): CycleEvent {
    const pending =
      this.s.pendingApproval ?? fail(CycleFailureType.NothingToDecide, 'no wait to remind of');
    const level = pending.notices;
    const kind = level === 0 ? 'reminder' : 'escalation';
    const toRole = level === 0 ? Role.Manager : (this.s.policy.escalateTo ?? Role.Admin);
    pending.notices += 1;
    const notice = {
      kind,
      stage: pending.stage,
      level,
      toRole,
      at,
      waitingSince: pending.submittedAt,
    } as const;
    this.s.notices.push(notice);
    return this.event(
      kind === 'reminder' ? CycleAction.ReminderSent : CycleAction.Escalated,
      SYSTEM_ACTOR,
      at,
      { ...notice },
      pending.stage,
    );
  }

  /** A scheduled status check: the KPI's latest value and what is late or off track. */
  recordCheckIn(at: string, kpi: KpiReading | null): CycleEvent {
    const monitoring =
      this.s.monitoring ?? fail(CycleFailureType.WrongStage, 'no monitoring period');
    monitoring.checkIns += 1;
    const atMs = Date.parse(at);
    const checkIn = {
      at,
      kpi,
      lateInitiativeIds: this.s.initiatives.filter((i) => isLate(i, atMs)).map((i) => i.id),
      offTrackInitiativeIds: this.s.initiatives
        .filter((i) => i.status === InitiativeStatus.OffTrack)
        .map((i) => i.id),
    };
    // A bounded window: a PT1M check-in over five years must not grow the workflow's state.
    this.s.checkIns = [...this.s.checkIns, checkIn].slice(-RECENT_CHECK_INS);
    return this.event(CycleAction.CheckInRecorded, SYSTEM_ACTOR, at, { ...checkIn });
  }

  /** The monitoring period is over: the cycle waits for a manager's re-evaluation. */
  startScheduledReEvaluation(at: string, kpi: KpiReading | null): CycleEvent {
    return this.enterReEvaluation('schedule', SYSTEM_ACTOR, null, at, kpi);
  }

  /** The KPI a check-in or re-evaluation reads: the gap's. */
  trackedKpiId(): string | null {
    return this.s.gap?.kpiId ?? null;
  }

  // Internals -----------------------------------------------------------------------------------

  /** Who may not decide `pending`; waits recorded before the list existed fall back to who asked. */
  private excludedDeciders(pending: PendingApproval): string[] {
    if (this.rules === CycleRuleSet.Original) {
      return [pending.submittedBy.id];
    }
    if (pending.excludedDeciders) {
      return pending.excludedDeciders;
    }
    const requestedBy =
      pending.stage === CycleStage.ReEvaluation ? this.s.reEvaluations.at(-1)?.requestedBy : null;
    return [pending.submittedBy.id, ...(requestedBy ? [requestedBy.id] : [])];
  }

  /** Checks a command's own fields: done by the current rules only (see `CycleRuleSet`). */
  private onInput(check: () => void): void {
    if (this.rules === CycleRuleSet.Current) {
      check();
    }
  }

  private requireRole(actor: Actor, role: Role, what: string): void {
    this.onInput(() => requirePerson(actor));
    requireRole(actor, role, what);
  }

  /** Everyone who wrote the current stage's work, so none of them decides its gate. */
  private noteAuthor(actor: Actor): void {
    this.s.stageAuthors = unique([...(this.s.stageAuthors ?? []), actor.id]);
  }

  private requireWorkOn(stage: CycleStage, actor: Actor): void {
    this.requireRole(actor, Role.Improver, 'record stage work');
    if (this.s.stage !== stage) {
      fail(CycleFailureType.WrongStage, `the cycle is in ${this.s.stage}, not ${stage}`);
    }
    if (this.s.status !== CycleStatus.InProgress) {
      fail(
        CycleFailureType.WrongStage,
        `the ${stage} stage awaits approval; it changes only if sent back`,
      );
    }
  }

  private startMonitoringPeriod(at: string): void {
    this.s.monitoring = {
      number: (this.s.monitoring?.number ?? 0) + 1,
      startedAt: at,
      reEvaluationDueAt: addIsoDuration(new Date(at), this.s.policy.reEvaluateAfter).toISOString(),
      checkIns: 0,
    };
  }

  private enterReEvaluation(
    trigger: 'schedule' | 'manager',
    actor: Actor,
    reason: string | null,
    at: string,
    kpi: KpiReading | null,
  ): CycleEvent {
    const atMs = Date.parse(at);
    const snapshot = {
      enteredAt: at,
      trigger,
      requestedBy: trigger === 'manager' ? actor : null,
      reason,
      kpi: kpi ? this.compare(kpi) : null,
      initiatives: this.s.initiatives.map((i): InitiativeOutcome => ({
        id: i.id,
        title: i.title,
        status: i.status,
        percentComplete: i.percentComplete,
        dueDate: i.dueDate,
        late: isLate(i, atMs),
      })),
    };
    this.s.reEvaluations.push(snapshot);
    this.s.stage = CycleStage.ReEvaluation;
    this.s.status = CycleStatus.AwaitingApproval;
    // Waiting for the re-evaluation decision is a wait like any gate's: it has the same SLA.
    this.s.pendingApproval = {
      stage: CycleStage.ReEvaluation,
      submittedBy: SYSTEM_ACTOR,
      submittedAt: at,
      note: reason,
      notices: 0,
      // Four eyes: the manager who asked for it and those who reported the work do not decide it.
      excludedDeciders: unique([
        ...(trigger === 'manager' ? [actor.id] : []),
        ...(this.s.stageAuthors ?? []),
      ]),
    };
    return this.event(
      CycleAction.ReEvaluationStarted,
      actor,
      at,
      { ...snapshot },
      CycleStage.ExecutionMonitoring,
    );
  }

  private compare(kpi: KpiReading): KpiComparison {
    const before = this.s.gap?.currentValue ?? kpi.baseline;
    const after = kpi.latestValue;
    const better = (a: number, b: number) =>
      kpi.direction === KpiDirection.HigherIsBetter ? a > b : a < b;
    return {
      ...kpi,
      before,
      after,
      improved: after === null ? null : better(after, before),
      targetMet: after === null ? null : after === kpi.target || better(after, kpi.target),
    };
  }

  private finish(
    decision: 'close' | 'restart',
    actor: Actor,
    at: string,
    reason: string | null,
    next: string | null,
  ): void {
    this.s.stage = CycleStage.Closed;
    this.s.status = CycleStatus.Closed;
    this.s.outcome = { decision, at, by: actor, reason, nextCycleId: next };
  }

  private approvalDeadline(): number | undefined {
    const pending = this.s.pendingApproval;
    if (!pending || pending.notices >= MAX_APPROVAL_NOTICES) {
      return undefined;
    }
    return addPeriods(pending.submittedAt, this.s.policy.approvalSla, pending.notices + 1);
  }

  private checkInDeadline(): number | undefined {
    const monitoring = this.s.monitoring;
    if (!monitoring || this.s.stage !== CycleStage.ExecutionMonitoring) {
      return undefined;
    }
    const next = addPeriods(
      monitoring.startedAt,
      this.s.policy.checkInEvery,
      monitoring.checkIns + 1,
    );
    return next < Date.parse(monitoring.reEvaluationDueAt) ? next : undefined;
  }

  private reEvaluationDeadline(): number | undefined {
    return this.s.monitoring && this.s.stage === CycleStage.ExecutionMonitoring
      ? Date.parse(this.s.monitoring.reEvaluationDueAt)
      : undefined;
  }

  private event(
    action: CycleAction,
    actor: Actor,
    at: string,
    data: Record<string, unknown>,
    stage: CycleStage = this.s.stage,
  ): CycleEvent {
    this.s.eventCount += 1;
    this.s.updatedAt = at;
    return {
      number: this.s.eventCount,
      action,
      stage,
      actor: { id: actor.id, roles: [...actor.roles] },
      at,
      data,
      requestId: null,
    };
  }
}

/** `from` plus `count` periods: calendar periods step by step, fixed-length ones in one product. */
function addPeriods(from: string, period: string, count: number): number {
  const start = new Date(from);
  const parts = parseIsoDuration(period);
  if (parts && parts.years === 0 && parts.months === 0) {
    // A PT1M check-in over five years is millions of periods: no loop over them.
    return start.getTime() + count * (addIsoDuration(start, period).getTime() - start.getTime());
  }
  let at = start;
  for (let i = 0; i < count; i += 1) {
    at = addIsoDuration(at, period);
  }
  return at.getTime();
}

function isLate(initiative: Initiative, atMs: number): boolean {
  return initiative.status !== InitiativeStatus.Done && Date.parse(initiative.dueDate) < atMs;
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}
