import type { DelegationGrant } from '../approval/approval-policy';
import type { Actor } from './actor';
import { Role } from './actor';
import type { Initiative, InitiativePlan } from './cycle-content';
import { InitiativeStatus } from './cycle-content';
import { checkCauseLinks } from './cause-coverage';
import { CycleFailureType } from './cycle-failure';
import {
  checkInitiativePlan,
  fail,
  requireList,
  requireOptionalText,
  requirePerson,
  requireRole,
  requireText,
} from './cycle-input-rules';
import { CycleStage } from './cycle-stage';
import type { CycleState } from './cycle-state';
import { GateDecision } from './cycle-state';
import type { DecidingFor } from './gate-deciders';
import { decidingFor } from './gate-deciders';
import { CYCLE_INPUT_LIMITS as LIMITS } from './input-limits';
import type {
  InitiativeChange,
  PendingRoadmapChange,
  RoadmapChangeProposal,
} from './roadmap-change';

/**
 * Whether `actor` may propose `proposal` now: an improver, in execution monitoring, while no other
 * change waits, naming only initiatives of this cycle that are not dropped, each at most once,
 * and leaving a roadmap whose every initiative passes the rules of a planned one.
 */
export function checkRoadmapProposal(
  s: Readonly<CycleState>,
  proposal: RoadmapChangeProposal,
  actor: Actor,
): void {
  requirePerson(actor);
  requireRole(actor, Role.Improver, 'propose a roadmap change');
  if (s.stage !== CycleStage.ExecutionMonitoring) {
    fail(
      CycleFailureType.WrongStage,
      `the roadmap changes in execution_monitoring, not ${s.stage}`,
    );
  }
  if (s.pendingRoadmapChange) {
    fail(
      CycleFailureType.WrongStage,
      `roadmap change ${s.pendingRoadmapChange.id} waits for a decision: one change at a time`,
    );
  }
  requireText('reason', proposal.reason, LIMITS.reason);
  requireList('add', proposal.add, LIMITS.initiatives, 0);
  requireList('change', proposal.change, LIMITS.initiatives, 0);
  requireList('drop', proposal.drop, LIMITS.initiatives, 0);
  if (proposal.add.length + proposal.change.length + proposal.drop.length === 0) {
    fail(
      CycleFailureType.InvalidCommand,
      'a change adds, changes or drops at least one initiative',
    );
  }
  const named = [...proposal.change, ...proposal.drop].map((entry) => entry.id);
  const twice = named.find((id, index) => named.indexOf(id) !== index);
  if (twice) {
    fail(CycleFailureType.InvalidCommand, `initiative ${twice} is named twice in one change`);
  }
  proposal.change.forEach((entry, index) =>
    checkInitiativePlan(changedPlan(openInitiative(s, entry.id), entry), `change.${index}`),
  );
  proposal.drop.forEach((entry, index) => {
    openInitiative(s, entry.id);
    requireText(`drop.${index}.reason`, entry.reason, LIMITS.reason);
  });
  proposal.add.forEach((plan, index) => checkInitiativePlan(plan, `add.${index}`));
  checkCauseLinks(proposal.add, s.rootCauses, 'add');
  if (s.initiatives.length + proposal.add.length > LIMITS.initiatives) {
    fail(
      CycleFailureType.InvalidCommand,
      `a cycle holds at most ${LIMITS.initiatives} initiatives, dropped ones included`,
    );
  }
}

/** Whether `actor` may decide change `changeId` now, and whom the decision counts for. */
export function checkRoadmapDecision(
  s: Readonly<CycleState>,
  changeId: string,
  decision: GateDecision,
  reason: string | null,
  actor: Actor,
  grants: readonly DelegationGrant[],
  nowMs: number,
): DecidingFor {
  requirePerson(actor);
  requireRole(actor, Role.Manager, 'decide a roadmap change');
  const pending = waitingChange(s, changeId);
  if (s.stage !== CycleStage.ExecutionMonitoring) {
    fail(
      CycleFailureType.WrongStage,
      `a roadmap change is decided in execution_monitoring, not ${s.stage}`,
    );
  }
  if (!Object.values(GateDecision).includes(decision)) {
    fail(CycleFailureType.InvalidCommand, 'decision must be one of approve, reject');
  }
  if (pending.excludedDeciders.includes(actor.id)) {
    fail(CycleFailureType.SelfApproval, 'nobody decides on a roadmap change they proposed');
  }
  if (decision === GateDecision.Reject && !reason?.trim()) {
    fail(CycleFailureType.InvalidCommand, 'reason is required to reject');
  }
  requireOptionalText('reason', reason, LIMITS.reason);
  return decidingFor(pending, actor, grants, pending.excludedDeciders, nowMs);
}

/** The change `changeId` if it waits; 404 for one this cycle never had, 409 for a decided one. */
export function waitingChange(s: Readonly<CycleState>, changeId: string): PendingRoadmapChange {
  const pending = s.pendingRoadmapChange;
  if (pending?.id === changeId) {
    return pending;
  }
  if ((s.roadmapChangeIds ?? []).includes(changeId)) {
    return fail(
      CycleFailureType.NothingToDecide,
      `roadmap change ${changeId} waits no more: it was decided, or its cycle ended`,
    );
  }
  return fail(
    CycleFailureType.UnknownRoadmapChange,
    `roadmap change ${changeId} is not part of this cycle`,
  );
}

/** `initiative` with the fields `change` gives new values. */
export function changedPlan(initiative: InitiativePlan, change: InitiativeChange): InitiativePlan {
  return {
    title: change.title ?? initiative.title,
    ownerId: change.ownerId ?? initiative.ownerId,
    dueDate: change.dueDate ?? initiative.dueDate,
    kpiId: change.kpiId !== undefined ? change.kpiId : initiative.kpiId,
    expectedEffect: change.expectedEffect ?? initiative.expectedEffect,
  };
}

function openInitiative(s: Readonly<CycleState>, id: string): Initiative {
  const initiative = s.initiatives.find((candidate) => candidate.id === id);
  if (!initiative) {
    return fail(CycleFailureType.InvalidCommand, `initiative ${id} is not part of this cycle`);
  }
  if (initiative.status === InitiativeStatus.Dropped) {
    fail(CycleFailureType.InvalidCommand, `initiative ${id} is dropped already`);
  }
  return initiative;
}
