import type { DelegationGrant, GateApprovalPolicy } from '../approval/approval-policy';
import type { Actor } from './actor';
import { SYSTEM_ACTOR } from './actor';
import type { Initiative } from './cycle-content';
import { InitiativeStatus } from './cycle-content';
import { nextDueInitiative } from './cycle-deadlines';
import { CycleFailureType } from './cycle-failure';
import type { Transition } from './cycle-gates';
import { noteOverdue } from './cycle-gates';
import { fail } from './cycle-input-rules';
import type { CycleEvent, CycleState } from './cycle-state';
import { CycleAction, GateDecision } from './cycle-state';
import type { DecidingFor } from './gate-deciders';
import { requireReachableQuorum } from './gate-deciders';
import type { PendingRoadmapChange, RoadmapChangeProposal } from './roadmap-change';
import { changedPlan, checkRoadmapDecision, checkRoadmapProposal } from './roadmap-change-rules';

/** Turns a transition into the cycle's next audit event. */
export type EmitEvent = (transition: Transition, actor: Actor, at: string) => CycleEvent;

/**
 * The approved roadmap while it is carried out: changes to it wait for a decision as a gate does,
 * and an open initiative past its due date is recorded once. Works on the cycle's state.
 */
export class CycleRoadmap {
  constructor(
    private readonly s: CycleState,
    private readonly emit: EmitEvent,
  ) {}

  checkProposal(proposal: RoadmapChangeProposal, actor: Actor): void {
    checkRoadmapProposal(this.s, proposal, actor);
  }

  /** The decision's check; `nowMs` is the time its delegation windows are judged at. */
  checkDecision(
    changeId: string,
    decision: GateDecision,
    reason: string | null,
    actor: Actor,
    grants: readonly DelegationGrant[],
    nowMs: number,
  ): DecidingFor {
    return checkRoadmapDecision(this.s, changeId, decision, reason, actor, grants, nowMs);
  }

  /** The change waits, under the service's `approvalPolicy` as it is now; nothing changes yet. */
  propose(
    proposal: RoadmapChangeProposal,
    id: string,
    actor: Actor,
    at: string,
    approvalPolicy: GateApprovalPolicy | null | undefined,
  ): CycleEvent {
    checkRoadmapProposal(this.s, proposal, actor);
    requireReachableQuorum(approvalPolicy, [actor.id]);
    const { reason, add, change, drop } = proposal;
    const shown = { id, reason, add, change, drop };
    this.s.pendingRoadmapChange = {
      ...shown,
      proposedBy: { id: actor.id, roles: [...actor.roles] },
      proposedAt: at,
      excludedDeciders: [actor.id],
      approvalPolicy: approvalPolicy ?? null,
      approvals: [],
      notices: 0,
    };
    this.s.roadmapChangeIds = [...(this.s.roadmapChangeIds ?? []), id];
    const data = { change: shown, approvalPolicy: approvalPolicy ?? null };
    return this.emit(
      { action: CycleAction.RoadmapChangeProposed, data, stage: this.s.stage },
      actor,
      at,
    );
  }

  /**
   * A decision on the waiting change: one rejection settles it and changes nothing; approvals
   * count towards the policy's quorum (1 without one), and the last one applies the change,
   * naming the added initiatives `addedIds`.
   */
  decide(
    changeId: string,
    decision: GateDecision,
    reason: string | null,
    actor: Actor,
    at: string,
    addedIds: string[],
    grants: readonly DelegationGrant[] = [],
  ): CycleEvent {
    const deciding = checkRoadmapDecision(
      this.s,
      changeId,
      decision,
      reason,
      actor,
      grants,
      Date.parse(at),
    );
    const pending = this.s.pendingRoadmapChange as PendingRoadmapChange;
    const delegated = deciding.onBehalfOf ? { onBehalfOf: deciding.onBehalfOf } : {};
    const base = { changeId, decision, reason, proposedBy: pending.proposedBy.id, ...delegated };
    const stage = this.s.stage;
    if (decision === GateDecision.Reject) {
      this.s.pendingRoadmapChange = null;
      return this.emit({ action: CycleAction.RoadmapChangeRejected, data: base, stage }, actor, at);
    }
    const approvals = [...pending.approvals, { by: actor.id, onBehalfOf: deciding.onBehalfOf, at }];
    const quorum = pending.approvalPolicy?.quorum ?? 1;
    const counted = pending.approvalPolicy ? { approvals, quorum } : {};
    if (approvals.length < quorum) {
      pending.approvals = approvals;
      const data = { ...base, ...counted };
      return this.emit({ action: CycleAction.ApprovalRecorded, data, stage }, actor, at);
    }
    applyChange(this.s, pending, addedIds);
    this.s.pendingRoadmapChange = null;
    const data = { ...base, ...counted, addedIds, initiatives: this.s.initiatives };
    return this.emit({ action: CycleAction.RoadmapChangeApproved, data, stage }, actor, at);
  }

  /** The waiting change ran one more SLA period over: reminded, then escalated, as a gate. */
  recordChangeOverdue(at: string): CycleEvent {
    const pending =
      this.s.pendingRoadmapChange ?? fail(CycleFailureType.NothingToDecide, 'no change waits');
    const what = { stage: this.s.stage, since: pending.proposedAt, changeId: pending.id };
    return this.emit(
      noteOverdue(this.s, pending, pending.excludedDeciders, what, at),
      SYSTEM_ACTOR,
      at,
    );
  }

  /** The open initiative due first passed its due date: recorded once for that date. */
  recordInitiativeOverdue(at: string): CycleEvent {
    const initiative =
      nextDueInitiative(this.s) ?? fail(CycleFailureType.WrongStage, 'no initiative falls due');
    initiative.overdueNotedFor = initiative.dueDate;
    const { id, title, ownerId, dueDate, status, percentComplete } = initiative;
    const data = { initiativeId: id, title, ownerId, dueDate, status, percentComplete };
    const stage = this.s.stage;
    return this.emit({ action: CycleAction.InitiativeOverdue, data, stage }, SYSTEM_ACTOR, at);
  }
}

function applyChange(s: CycleState, change: PendingRoadmapChange, addedIds: string[]): void {
  for (const entry of change.change) {
    const initiative = find(s, entry.id);
    Object.assign(initiative, changedPlan(initiative, entry));
  }
  for (const entry of change.drop) {
    const initiative = find(s, entry.id);
    initiative.status = InitiativeStatus.Dropped;
    initiative.dropReason = entry.reason;
  }
  change.add.forEach((plan, index) => {
    s.initiatives.push({
      ...plan,
      kpiId: plan.kpiId ?? null,
      id: addedIds[index] ?? fail(CycleFailureType.InvalidCommand, 'an initiative id is missing'),
      percentComplete: 0,
      status: InitiativeStatus.NotStarted,
      lastProgressAt: null,
      lastNote: null,
    });
  });
}

function find(s: CycleState, id: string): Initiative {
  return (
    s.initiatives.find((initiative) => initiative.id === id) ??
    fail(CycleFailureType.InvalidCommand, `initiative ${id} is not part of this cycle`)
  );
}
