import type { GateApproval, GateApprovalPolicy } from '../approval/approval-policy';
import type { Actor } from './actor';
import type { InitiativePlan } from './cycle-content';

/** New values for some fields of one initiative; absent fields keep theirs. */
export interface InitiativeChange {
  id: string;
  title?: string;
  ownerId?: string;
  dueDate?: string;
  kpiId?: string | null;
  expectedEffect?: string;
}

export interface InitiativeDrop {
  id: string;
  reason: string;
}

/** What an improver proposes to change in an approved roadmap, with why. */
export interface RoadmapChangeProposal {
  reason: string;
  add: InitiativePlan[];
  change: InitiativeChange[];
  drop: InitiativeDrop[];
}

/**
 * A proposed change waiting for a decision. It waits like a gate: the same four eyes, approval
 * policy (read when proposed), quorum, delegation and SLA reminders.
 */
export interface PendingRoadmapChange extends RoadmapChangeProposal {
  id: string;
  proposedBy: Actor;
  proposedAt: string;
  /** Its proposer: nobody approves their own change. */
  excludedDeciders: string[];
  approvalPolicy: GateApprovalPolicy | null;
  approvals: GateApproval[];
  /** Reminders and escalations sent for it so far. */
  notices: number;
}

export enum RoadmapChangeStatus {
  Pending = 'pending',
  Approved = 'approved',
  Rejected = 'rejected',
}

/** One decision on a change, as its history tells it. */
export interface RoadmapChangeDecision {
  decision: 'approve' | 'reject';
  reason: string | null;
  by: string;
  onBehalfOf: string | null;
  at: string;
}

/** A change as `GET /v1/cycles/:id/roadmap-changes` shows it, folded from the cycle's history. */
export interface RoadmapChangeRecord extends RoadmapChangeProposal {
  id: string;
  status: RoadmapChangeStatus;
  proposedBy: string;
  proposedAt: string;
  decisions: RoadmapChangeDecision[];
  /** The ids the added initiatives got, once approved. */
  addedIds: string[];
}

/** The due date's last moment: a bare date (`2027-03-31`) runs to the end of that day, UTC. */
export function dueAt(dueDate: string): number {
  return /^\d{4}-\d{2}-\d{2}$/.test(dueDate)
    ? Date.parse(`${dueDate}T23:59:59.999Z`)
    : Date.parse(dueDate);
}

/** What folding a change's story needs of each of its history's events. */
export interface RoadmapChangeEvent {
  action: string;
  occurredAt: string;
  actor: { id: string };
  data: Record<string, unknown>;
}

/** A cycle that ends leaves no change waiting: one still pending is rejected by its end. */
const CYCLE_END_ACTIONS = ['cycle_closed', 'cycle_restarted', 'cycle_cancelled'] as const;

/** The history actions that tell a roadmap change's story. */
export const ROADMAP_CHANGE_ACTIONS = [
  'roadmap_change_proposed',
  'approval_recorded',
  'roadmap_change_approved',
  'roadmap_change_rejected',
  ...CYCLE_END_ACTIONS,
] as const;

/** Each change proposed in a cycle, as its history tells it, oldest first. */
export function foldRoadmapChanges(events: readonly RoadmapChangeEvent[]): RoadmapChangeRecord[] {
  const changes = new Map<string, RoadmapChangeRecord>();
  for (const { action, occurredAt, actor, data } of events) {
    if (action === 'roadmap_change_proposed') {
      const proposed = data.change as RoadmapChangeProposal & { id: string };
      changes.set(proposed.id, {
        ...proposed,
        status: RoadmapChangeStatus.Pending,
        proposedBy: actor.id,
        proposedAt: occurredAt,
        decisions: [],
        addedIds: [],
      });
      continue;
    }
    if ((CYCLE_END_ACTIONS as readonly string[]).includes(action)) {
      for (const open of [...changes.values()].filter(
        (c) => c.status === RoadmapChangeStatus.Pending,
      )) {
        open.status = RoadmapChangeStatus.Rejected;
        open.decisions.push({
          decision: 'reject',
          reason: `withdrawn: the cycle ended (${action}) before a decision`,
          by: actor.id,
          onBehalfOf: null,
          at: occurredAt,
        });
      }
      continue;
    }
    const change = changes.get(data.changeId as string);
    if (!change) {
      continue; // a gate's approval, not a change's
    }
    change.decisions.push({
      decision: data.decision as RoadmapChangeDecision['decision'],
      reason: (data.reason as string | null) ?? null,
      by: actor.id,
      onBehalfOf: (data.onBehalfOf as string | undefined) ?? null,
      at: occurredAt,
    });
    if (action === 'roadmap_change_approved') {
      change.status = RoadmapChangeStatus.Approved;
      change.addedIds = (data.addedIds as string[] | undefined) ?? [];
    } else if (action === 'roadmap_change_rejected') {
      change.status = RoadmapChangeStatus.Rejected;
    }
  }
  return [...changes.values()];
}
