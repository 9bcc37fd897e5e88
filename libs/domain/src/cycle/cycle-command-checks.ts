import type { DelegationGrant } from '../approval/approval-policy';
import type { UncoveredCausesAcceptance } from './cause-coverage';
import { checkCauseCoverage, checkCauseLinks, uncoveredCauses } from './cause-coverage';
import type { ReEvaluationReview } from './re-evaluation-review';
import { checkReview } from './re-evaluation-review';
import type { Actor } from './actor';
import { Role } from './actor';
import type { GapStatement, InitiativePlan, ProgressReport, RootCause } from './cycle-content';
import {
  GAP_SOURCE_KINDS,
  InitiativeStatus,
  REPORTABLE_INITIATIVE_STATUSES,
} from './cycle-content';
import { CycleFailureType } from './cycle-failure';
import { NEXT_STAGE } from './cycle-gates';
import type { DecidingFor } from './gate-deciders';
import { decidingFor } from './gate-deciders';
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
import { CycleStage, CycleStatus, isFinishedStatus } from './cycle-stage';
import type { CycleState, Decision, PendingApproval } from './cycle-state';
import { GateDecision, ReEvaluationDecision } from './cycle-state';
import { CYCLE_INPUT_LIMITS as LIMITS } from './input-limits';

/**
 * Whether a command is allowed now, by this actor, with these fields. Only reads the state: the
 * workflow's update validators run these, and the state machine again before applying a command.
 */
export class CycleCommandChecks {
  /** Which rules apply; validators always run the current ones (see `validating`). */
  rules = CycleRuleSet.Current;

  constructor(private readonly s: Readonly<CycleState>) {}

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

  recordGap(gap: GapStatement, actor: Actor): void {
    this.requireWorkOn(CycleStage.GapIdentification, actor);
    this.onInput(() => {
      requireText('statement', gap.statement, LIMITS.gapText);
      requireText('evidence', gap.evidence, LIMITS.gapText);
      requireOptionalText('kpiId', gap.kpiId, 100);
      requireNumber('currentValue', gap.currentValue);
      requireNumber('targetValue', gap.targetValue);
      if (gap.source !== undefined) {
        if (!GAP_SOURCE_KINDS.includes(gap.source?.kind)) {
          fail(
            CycleFailureType.InvalidCommand,
            `source.kind must be one of ${GAP_SOURCE_KINDS.join(', ')}`,
          );
        }
        requireText('source.id', gap.source.id, 100);
      }
    });
  }

  recordRootCauses(causes: RootCause[], actor: Actor): void {
    this.requireWorkOn(CycleStage.RootCauseAnalysis, actor);
    this.onInput(() => checkRootCauses(causes));
  }

  recordInitiatives(plans: InitiativePlan[], actor: Actor): void {
    this.requireWorkOn(CycleStage.InitiativePlanning, actor);
    this.onInput(() => {
      checkInitiativePlans(plans);
      checkCauseLinks(plans, this.s.rootCauses);
    });
  }

  /**
   * Checks a submission; in initiative planning, answers the root causes left unaddressed that
   * the submitter accepted (see `checkCauseCoverage`).
   */
  submit(
    actor: Actor,
    note: string | null,
    acceptance: UncoveredCausesAcceptance = {},
  ): { causeIds: string[]; reason: string } | undefined {
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
    if (stage !== CycleStage.InitiativePlanning || this.rules !== CycleRuleSet.Current) {
      return undefined;
    }
    this.onInput(() => requireOptionalText('reason', acceptance.reason ?? null, LIMITS.reason));
    return checkCauseCoverage(uncoveredCauses(this.s.rootCauses, this.s.initiatives), acceptance);
  }

  /**
   * Checks a decision and answers whom it counts for; `grants` are the actor's delegations, in
   * force or not at `nowMs` (see `decidingFor`).
   */
  decide(
    decision: Decision,
    reason: string | null,
    actor: Actor,
    grants: readonly DelegationGrant[] = [],
    nowMs: number,
    review?: ReEvaluationReview,
  ): DecidingFor {
    this.requireRole(actor, Role.Manager, 'decide');
    const pending = this.s.pendingApproval;
    if (!pending || this.s.status !== CycleStatus.AwaitingApproval) {
      fail(
        CycleFailureType.NothingToDecide,
        `nothing in cycle ${this.s.cycleId} awaits a decision`,
      );
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
    const excluded = this.excludedDeciders(pending);
    if (excluded.includes(actor.id)) {
      fail(
        CycleFailureType.SelfApproval,
        'nobody decides on their own submission, on work they wrote or on a wait they triggered',
      );
    }
    if (decision !== GateDecision.Approve && !reason?.trim()) {
      fail(CycleFailureType.InvalidCommand, `reason is required to ${decision}`);
    }
    this.onInput(() => requireOptionalText('reason', reason, LIMITS.reason));
    if (review !== undefined && review !== null) {
      if (!reEvaluating) {
        fail(CycleFailureType.InvalidCommand, 'review comes only with a re-evaluation decision');
      }
      checkReview(review, this.s.initiatives);
    }
    return decidingFor(pending, actor, grants, excluded, nowMs);
  }

  /** An improver reports on any initiative; its owner, whatever their roles, on their own. */
  reportProgress(report: ProgressReport, actor: Actor): void {
    const owns = this.s.initiatives.some(
      (initiative) => initiative.id === report.initiativeId && initiative.ownerId === actor.id,
    );
    if (owns) {
      this.onInput(() => requirePerson(actor));
    } else {
      this.requireRole(actor, Role.Improver, 'report progress on an initiative they do not own');
    }
    if (this.s.stage !== CycleStage.ExecutionMonitoring) {
      fail(
        CycleFailureType.WrongStage,
        `progress is reported in execution_monitoring, not ${this.s.stage}`,
      );
    }
    const initiative = this.s.initiatives.find((candidate) => candidate.id === report.initiativeId);
    if (!initiative) {
      fail(
        CycleFailureType.UnknownInitiative,
        `initiative ${report.initiativeId} is not part of this cycle`,
      );
    }
    if (initiative.status === InitiativeStatus.Dropped) {
      fail(CycleFailureType.WrongStage, `initiative ${initiative.id} was dropped from the roadmap`);
    }
    if (
      !Number.isFinite(report.percentComplete) ||
      report.percentComplete < 0 ||
      report.percentComplete > 100
    ) {
      fail(CycleFailureType.InvalidCommand, 'percentComplete must be between 0 and 100');
    }
    this.onInput(() => requireOptionalText('note', report.note, LIMITS.note));
    const reportable = REPORTABLE_INITIATIVE_STATUSES;
    if (!reportable.includes(report.status)) {
      fail(CycleFailureType.InvalidCommand, `status must be one of ${reportable.join(', ')}`);
    }
  }

  reEvaluateNow(reason: string | null, actor: Actor): void {
    this.requireRole(actor, Role.Manager, 're-evaluate a cycle');
    if (this.s.stage !== CycleStage.ExecutionMonitoring) {
      fail(
        CycleFailureType.WrongStage,
        `only a cycle in execution_monitoring is re-evaluated, not ${this.s.stage}`,
      );
    }
    this.onInput(() => requireText('reason', reason, LIMITS.reason));
  }

  cancel(reason: string | null, actor: Actor): void {
    this.requireRole(actor, Role.Manager, 'cancel a cycle');
    if (isFinishedStatus(this.s.status)) {
      fail(CycleFailureType.WrongStage, `cycle ${this.s.cycleId} is already ${this.s.status}`);
    }
    this.onInput(() => requireText('reason', reason, LIMITS.reason));
  }

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
}
