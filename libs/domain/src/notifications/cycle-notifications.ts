import { Role } from '../cycle/actor';
import { CycleStage } from '../cycle/cycle-stage';
import type { CycleEvent, CycleState, PendingApproval } from '../cycle/cycle-state';
import { CycleAction } from '../cycle/cycle-state';
import type { PendingRoadmapChange } from '../cycle/roadmap-change';
import { NotificationType } from './notification-type';

/** Who a mailed message goes to: people by id, or everyone known with a role; never `excluded`. */
export interface MailRecipients {
  people?: string[];
  role?: Role;
  excluded: string[];
}

/** One message a recorded cycle event causes: its type, what it adds to the body, who is mailed. */
export interface CycleNotification {
  type: NotificationType;
  data: Record<string, unknown>;
  /** Set on the types that are mailed. */
  mailTo?: MailRecipients;
}

const TERMINAL_STAGES: readonly CycleStage[] = [CycleStage.Closed, CycleStage.Cancelled];

/**
 * The messages a cycle event causes, given the cycle's state once it is applied. Pure: the outbox
 * calls it inside the transaction that records the event, so a message exists exactly when the
 * event does.
 */
export function cycleNotifications(event: CycleEvent, after: CycleState): CycleNotification[] {
  const messages = messagesFor(event, after);
  if (event.stage !== after.stage && !TERMINAL_STAGES.includes(after.stage)) {
    messages.push({
      type: NotificationType.CycleStageChanged,
      data: { fromStage: event.stage, toStage: after.stage },
    });
  }
  return messages;
}

function messagesFor(event: CycleEvent, after: CycleState): CycleNotification[] {
  const by = { by: event.actor.id };
  switch (event.action) {
    case CycleAction.Started:
      return [{ type: NotificationType.CycleStarted, data: { ...by } }];
    case CycleAction.Submitted:
      return after.pendingApproval ? [gateRequested(after.pendingApproval)] : [];
    case CycleAction.ReEvaluationStarted:
      return [
        {
          type: NotificationType.ReEvaluationDue,
          data: { ...by, reason: after.pendingApproval?.note ?? null },
        },
        ...(after.pendingApproval ? [gateRequested(after.pendingApproval)] : []),
      ];
    case CycleAction.RoadmapChangeProposed:
      return after.pendingRoadmapChange ? [changeRequested(after.pendingRoadmapChange)] : [];
    case CycleAction.Approved:
    case CycleAction.Rejected:
    case CycleAction.MonitoringContinued:
    case CycleAction.RoadmapChangeApproved:
    case CycleAction.RoadmapChangeRejected:
      return [decided(event)];
    case CycleAction.Closed:
    case CycleAction.Restarted:
      return [
        decided(event),
        { type: NotificationType.CycleClosed, data: { ...by, outcome: after.outcome } },
      ];
    case CycleAction.Cancelled:
      return [
        { type: NotificationType.CycleCancelled, data: { ...by, reason: event.data.reason } },
      ];
    case CycleAction.ReminderSent:
    case CycleAction.Escalated:
      return [notice(event, after)];
    case CycleAction.InitiativeOverdue:
      return [{ type: NotificationType.InitiativeOverdue, data: { ...event.data } }];
    case CycleAction.CheckInRecorded:
      return kpiOffTrack(after);
    case CycleAction.GapRecorded:
    case CycleAction.RootCausesRecorded:
    case CycleAction.InitiativesRecorded:
    case CycleAction.ApprovalRecorded:
    case CycleAction.ProgressReported:
      return [];
  }
}

/**
 * A check-in whose KPI forecast misses the target, when the check-in before it did not: told once
 * when the trend turns, not at every check-in while it stays off track.
 */
function kpiOffTrack(after: CycleState): CycleNotification[] {
  const kpi = after.checkIns.at(-1)?.kpi;
  const previous = after.checkIns.at(-2);
  if (!kpi?.forecast || kpi.forecast.onTrack || previous?.kpi?.forecast?.onTrack === false) {
    return [];
  }
  const { projected, at } = kpi.forecast;
  return [
    {
      type: NotificationType.KpiOffTrack,
      data: {
        kpiId: kpi.kpiId,
        name: kpi.name,
        projected,
        at,
        target: kpi.target,
        latestValue: kpi.latestValue,
      },
    },
  ];
}

type Wait = Pick<PendingApproval, 'approvalPolicy' | 'approvals'> & { excludedDeciders?: string[] };

/** Requests and reminders: the approvers who have not decided, else every manager. */
function approvers(wait: Wait): MailRecipients {
  const excluded = wait.excludedDeciders ?? [];
  const policy = wait.approvalPolicy;
  if (!policy) {
    return { role: Role.Manager, excluded };
  }
  const decided = new Set((wait.approvals ?? []).map((a) => a.onBehalfOf ?? a.by));
  return { people: policy.approvers.filter((id) => !decided.has(id)), excluded };
}

function gateRequested(wait: PendingApproval): CycleNotification {
  const excluded = wait.excludedDeciders ?? [wait.submittedBy.id];
  return {
    type: NotificationType.ApprovalRequested,
    data: {
      kind: 'gate',
      gate: wait.stage,
      submittedBy: wait.submittedBy.id,
      waitingSince: wait.submittedAt,
      quorum: wait.approvalPolicy?.quorum ?? 1,
    },
    mailTo: approvers({ ...wait, excludedDeciders: excluded }),
  };
}

function changeRequested(change: PendingRoadmapChange): CycleNotification {
  return {
    type: NotificationType.ApprovalRequested,
    data: {
      kind: 'roadmap_change',
      changeId: change.id,
      submittedBy: change.proposedBy.id,
      waitingSince: change.proposedAt,
      quorum: change.approvalPolicy?.quorum ?? 1,
    },
    mailTo: approvers(change),
  };
}

function decided(event: CycleEvent): CycleNotification {
  const { decision, reason, onBehalfOf, nextStage, nextCycleId, changeId } = event.data;
  return {
    type: NotificationType.ApprovalDecided,
    data: {
      kind: changeId ? 'roadmap_change' : 'gate',
      gate: event.stage,
      decision,
      reason,
      by: event.actor.id,
      ...(onBehalfOf ? { onBehalfOf } : {}),
      ...(nextStage ? { nextStage } : {}),
      ...(nextCycleId ? { nextCycleId } : {}),
      ...(changeId ? { changeId } : {}),
    },
  };
}

/** A reminder or escalation: to the people it names, else by its role. */
function notice(event: CycleEvent, after: CycleState): CycleNotification {
  const data = event.data as {
    kind: string;
    toRole: Role;
    toPeople?: string[];
    changeId?: string;
    waitingSince: string;
  };
  const wait = data.changeId ? after.pendingRoadmapChange : after.pendingApproval;
  const excluded = wait?.excludedDeciders ?? [];
  const waitedSeconds = Math.round((Date.parse(event.at) - Date.parse(data.waitingSince)) / 1000);
  return {
    type:
      event.action === CycleAction.ReminderSent
        ? NotificationType.ApprovalReminder
        : NotificationType.ApprovalEscalated,
    data: { ...event.data, kind: data.changeId ? 'roadmap_change' : 'gate', waitedSeconds },
    mailTo: data.toPeople ? { people: data.toPeople, excluded } : { role: data.toRole, excluded },
  };
}

const SILENT_ACTIONS: readonly CycleAction[] = [
  CycleAction.GapRecorded,
  CycleAction.RootCausesRecorded,
  CycleAction.InitiativesRecorded,
  CycleAction.ApprovalRecorded,
  CycleAction.ProgressReported,
];

/** Whether an event of this kind may cause a message: the outbox reads the cycle only then. */
export function mayNotify(action: CycleAction): boolean {
  return !SILENT_ACTIONS.includes(action);
}
