import type { DelegationGrant, GateApprovalPolicy } from '../approval/approval-policy';
import type { Actor } from './actor';
import { SYSTEM_ACTOR } from './actor';
import type {
  GapStatement,
  Initiative,
  InitiativePlan,
  KpiReading,
  ProgressReport,
  RootCause,
} from './cycle-content';
import { InitiativeStatus } from './cycle-content';
import { CycleCommandChecks } from './cycle-command-checks';
import type { DueTimer, TimerOptions } from './cycle-deadlines';
import { dueTimer, nextDeadline } from './cycle-deadlines';
import { CycleFailureType } from './cycle-failure';
import type { Transition } from './cycle-gates';
import {
  applyDecision,
  enterReEvaluation,
  noteOverdueWait,
  noteStageAuthor,
  openApprovalWait,
} from './cycle-gates';
import type { CycleRuleSet } from './cycle-input-rules';
import { fail } from './cycle-input-rules';
import { addCheckIn, applyProgress } from './cycle-monitoring';
import { ABSOLUTE_POLICY_MINIMUM, escalationProblems, policyProblems } from './cycle-policy-bounds';
import { CycleStage, CycleStatus, isFinishedStatus } from './cycle-stage';
import type { CycleEvent, CycleState, Decision } from './cycle-state';
import { CycleAction } from './cycle-state';
import type { StartCycleInput } from './improvement-cycle.contract';
import type { StoredCycleState } from './stored-cycle-state';
import { currentCycleState } from './stored-cycle-state';
import { closeWaitingChange, initialCycleState } from './cycle-beginning';
import { requireReachableQuorum } from './gate-deciders';
import type { UncoveredCausesAcceptance } from './cause-coverage';
import { withCauseId } from './cause-coverage';
import { carriedOverData } from './cycle-carry-over';
import type { ReEvaluationReview } from './re-evaluation-review';
import { CycleRoadmap } from './cycle-roadmap';

/**
 * The improvement cycle's rules: which command is allowed when, by whom, and what it changes.
 * Pure and deterministic (time and ids come in as arguments), so the workflow can run it and
 * every transition can be unit tested. `checks` only validate (Temporal update validators);
 * the command methods validate again, apply, and return the audit event.
 */
export class CycleStateMachine {
  /** Whether a command is allowed now: what the workflow's update validators run. */
  readonly checks: CycleCommandChecks;
  /** Changes to the approved roadmap, and initiatives falling due. */
  readonly roadmap: CycleRoadmap;
  private timers: TimerOptions = { dueDates: true };

  private constructor(private readonly s: CycleState) {
    this.checks = new CycleCommandChecks(s);
    this.roadmap = new CycleRoadmap(s, (t, actor, at) => this.transitionEvent(t, actor, at));
  }

  /** Whether due dates set timers: not while replaying a cycle from before they did. */
  trackDueDates(track: boolean): void {
    this.timers = { dueDates: track };
  }

  /**
   * Which rules the command methods apply. Validators always run the current ones; a replayed
   * command recorded under the original rules is applied as it was then (see `CycleRuleSet`).
   */
  applyRuleSet(rules: CycleRuleSet): void {
    this.checks.rules = rules;
  }

  /** Runs `check` with the current rules, whatever the commands are applied with. */
  validating(check: () => void): void {
    this.checks.validating(check);
  }

  static begin(input: StartCycleInput): CycleStateMachine {
    return new CycleStateMachine(initialCycleState(input));
  }

  /** Resumes from a recorded state, of this version or an earlier one (see `StoredCycleState`). */
  static restore(state: StoredCycleState): CycleStateMachine {
    return new CycleStateMachine(currentCycleState(state));
  }

  get state(): Readonly<CycleState> {
    return this.s;
  }

  isFinished(): boolean {
    return isFinishedStatus(this.s.status);
  }

  started(): CycleEvent {
    return this.event(CycleAction.Started, this.s.startedBy, this.s.startedAt, {
      serviceId: this.s.serviceId,
      policy: this.s.policy,
      previousCycleId: this.s.previousCycleId,
      selection: this.s.selection,
      ...carriedOverData(this.s),
    });
  }

  /**
   * Why this new cycle cannot run: a policy outside the bounds every deployment shares, or
   * (`escalation`, for cycles started since it was checked) escalating to a role that cannot act.
   */
  startProblem(escalation = true): string | undefined {
    const problems = [
      ...policyProblems(this.s.policy, ABSOLUTE_POLICY_MINIMUM),
      ...(escalation ? escalationProblems(this.s.policy) : []),
    ];
    return problems.length > 0 ? problems.map((problem) => problem.message).join('; ') : undefined;
  }

  /** The cycle could not be recorded (another active cycle): it ends without an event. */
  abandon(): void {
    this.s.stage = CycleStage.Cancelled;
    this.s.status = CycleStatus.Cancelled;
  }

  // Stage work ----------------------------------------------------------------------------------
  recordGap(gap: GapStatement, actor: Actor, at: string): CycleEvent {
    this.checks.recordGap(gap, actor);
    this.s.gap = { ...gap, kpiId: gap.kpiId ?? null };
    noteStageAuthor(this.s, actor);
    return this.event(CycleAction.GapRecorded, actor, at, { gap: this.s.gap });
  }

  /** Replaces the root causes; `ids` names each (absent in cycles from before cause ids). */
  recordRootCauses(causes: RootCause[], actor: Actor, at: string, ids: string[] = []): CycleEvent {
    this.checks.recordRootCauses(causes, actor);
    this.s.rootCauses = causes.map((cause, i) => withCauseId(cause, ids[i]));
    noteStageAuthor(this.s, actor);
    return this.event(CycleAction.RootCausesRecorded, actor, at, { causes: this.s.rootCauses });
  }

  /** Replaces the roadmap; `ids` names each initiative (the workflow makes them deterministically). */
  recordInitiatives(plans: InitiativePlan[], ids: string[], actor: Actor, at: string): CycleEvent {
    this.checks.recordInitiatives(plans, actor);
    this.s.initiatives = plans.map((plan, index): Initiative => ({
      ...plan,
      kpiId: plan.kpiId ?? null,
      id: ids[index] ?? fail(CycleFailureType.InvalidCommand, 'an initiative id is missing'),
      percentComplete: 0,
      status: InitiativeStatus.NotStarted,
      lastProgressAt: null,
      lastNote: null,
    }));
    noteStageAuthor(this.s, actor);
    return this.event(CycleAction.InitiativesRecorded, actor, at, {
      initiatives: this.s.initiatives,
    });
  }

  // Gates ---------------------------------------------------------------------------------------
  /** Opens the gate under the service's `approvalPolicy` (see `openApprovalWait`). */
  submit(
    note: string | null,
    actor: Actor,
    at: string,
    approvalPolicy?: GateApprovalPolicy | null,
    acceptance: UncoveredCausesAcceptance = {},
  ): CycleEvent {
    const accepted = this.checks.submit(actor, note, acceptance);
    const wait = { stage: this.s.stage, submittedBy: actor, submittedAt: at, note };
    const excluded = [actor.id, ...(this.s.stageAuthors ?? [])];
    requireReachableQuorum(approvalPolicy, excluded);
    openApprovalWait(this.s, wait, excluded, approvalPolicy);
    const data = { note, ...(accepted ? { uncoveredCauses: accepted } : {}) };
    return this.event(CycleAction.Submitted, actor, at, data);
  }

  /**
   * Records a manager's decision, or one approval towards a quorum; `nextCycleId` names the new
   * cycle a restart opens, `grants` the actor's delegations (see `decidingFor`).
   */
  decide(
    decision: Decision,
    reason: string | null,
    actor: Actor,
    at: string,
    nextCycleId: string,
    grants: readonly DelegationGrant[] = [],
    review?: ReEvaluationReview,
  ): CycleEvent {
    const deciding = this.checks.decide(decision, reason, actor, grants, Date.parse(at), review);
    const by = { ...deciding, review };
    const transition = applyDecision(this.s, decision, reason, actor, at, nextCycleId, by);
    return this.transitionEvent(transition, actor, at);
  }

  // Monitoring ----------------------------------------------------------------------------------
  reportProgress(report: ProgressReport, actor: Actor, at: string): CycleEvent {
    this.checks.reportProgress(report, actor);
    applyProgress(this.s, report, at);
    noteStageAuthor(this.s, actor);
    return this.event(CycleAction.ProgressReported, actor, at, { ...report });
  }

  reEvaluateNow(
    reason: string,
    actor: Actor,
    at: string,
    kpi: KpiReading | null,
    approvalPolicy?: GateApprovalPolicy | null,
  ): CycleEvent {
    this.checks.reEvaluateNow(reason, actor);
    const entered = enterReEvaluation(this.s, 'manager', actor, reason, at, kpi, approvalPolicy);
    return this.transitionEvent(entered, actor, at);
  }

  cancel(reason: string, actor: Actor, at: string): CycleEvent {
    this.checks.cancel(reason, actor);
    const stage = this.s.stage;
    this.s.stage = CycleStage.Cancelled;
    this.s.status = CycleStatus.Cancelled;
    this.s.pendingApproval = null;
    closeWaitingChange(this.s);
    this.s.outcome = { decision: 'cancel', at, by: actor, reason, nextCycleId: null };
    return this.event(CycleAction.Cancelled, actor, at, { reason }, stage);
  }

  // Timers --------------------------------------------------------------------------------------
  /** When the next timer-driven transition is due (epoch ms), if any is scheduled. */
  nextDeadline(): number | undefined {
    return nextDeadline(this.s, this.timers);
  }

  /** The timer-driven transition due at `now`, re-evaluation first. */
  dueTimer(now: number): DueTimer | undefined {
    return dueTimer(this.s, now, this.timers);
  }

  /** A gate waited one more SLA period: the first time a reminder, then escalations. */
  recordApprovalOverdue(at: string): CycleEvent {
    return this.transitionEvent(noteOverdueWait(this.s, at), SYSTEM_ACTOR, at);
  }

  /** A scheduled status check: the KPI's latest value and what is late or off track. */
  recordCheckIn(at: string, kpi: KpiReading | null): CycleEvent {
    const checkIn = addCheckIn(this.s, at, kpi);
    return this.event(CycleAction.CheckInRecorded, SYSTEM_ACTOR, at, { ...checkIn });
  }

  /** The monitoring period is over: the cycle waits for a manager's re-evaluation. */
  startScheduledReEvaluation(
    at: string,
    kpi: KpiReading | null,
    approvalPolicy?: GateApprovalPolicy | null,
  ): CycleEvent {
    const entered = enterReEvaluation(
      this.s,
      'schedule',
      SYSTEM_ACTOR,
      null,
      at,
      kpi,
      approvalPolicy,
    );
    return this.transitionEvent(entered, SYSTEM_ACTOR, at);
  }

  /** The KPI a check-in or re-evaluation reads: the gap's. */
  trackedKpiId(): string | null {
    return this.s.gap?.kpiId ?? null;
  }

  // Internals -----------------------------------------------------------------------------------
  private transitionEvent(transition: Transition, actor: Actor, at: string): CycleEvent {
    return this.event(transition.action, actor, at, transition.data, transition.stage);
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
