import type { GateApproval, GateApprovalPolicy } from '../approval/approval-policy';
import type { Actor, Role } from './actor';
import type {
  GapStatement,
  Initiative,
  InitiativeStatus,
  KpiReading,
  RootCause,
} from './cycle-content';
import type { CyclePolicy } from './cycle-policy';
import type { CycleSelection } from './cycle-selection';
import type { CycleStage, CycleStatus } from './cycle-stage';
import type { ReEvaluationReview } from './re-evaluation-review';
import type { PendingRoadmapChange } from './roadmap-change';

export enum GateDecision {
  Approve = 'approve',
  Reject = 'reject',
}

export enum ReEvaluationDecision {
  Close = 'close',
  Continue = 'continue',
  Restart = 'restart',
}

export type Decision = GateDecision | ReEvaluationDecision;

/** A gate (or the re-evaluation) waiting for a manager. */
export interface PendingApproval {
  stage: CycleStage;
  submittedBy: Actor;
  submittedAt: string;
  note: string | null;
  /** Reminders and escalations sent for this wait so far. */
  notices: number;
  /**
   * Who may not decide this wait (four eyes): its submitter, everyone who wrote the stage's work
   * and the manager who triggered a re-evaluation. Absent on waits recorded before it existed.
   */
  excludedDeciders?: string[];
  /**
   * The service's approval policy when the wait opened; null: any manager, quorum 1. Absent on
   * waits opened before policies existed, which behave as null.
   */
  approvalPolicy?: GateApprovalPolicy | null;
  /** Approvals counted so far towards the policy's quorum. */
  approvals?: GateApproval[];
}

export interface DecisionRecord {
  stage: CycleStage;
  decision: Decision;
  reason: string | null;
  by: Actor;
  /** A re-evaluation's answers to its questions, when the manager gave them. */
  review?: ReEvaluationReview;
  at: string;
  submittedBy: string | null;
  /** The approver a delegate decided for; absent when the approver decided. */
  onBehalfOf?: string;
}

export interface ApprovalNotice {
  kind: 'reminder' | 'escalation';
  stage: CycleStage;
  /** 0 for the reminder, 1.. for each escalation. */
  level: number;
  toRole: Role;
  /** The people it went to, when the service has an approval policy: by name, not by role. */
  toPeople?: string[];
  /** Set when what waits is a roadmap change, not the stage's gate. */
  changeId?: string;
  at: string;
  waitingSince: string;
}

export interface CheckIn {
  at: string;
  kpi: KpiReading | null;
  lateInitiativeIds: string[];
  offTrackInitiativeIds: string[];
}

export interface MonitoringPeriod {
  number: number;
  startedAt: string;
  reEvaluationDueAt: string;
  checkIns: number;
}

export interface InitiativeOutcome {
  id: string;
  title: string;
  status: InitiativeStatus;
  percentComplete: number;
  dueDate: string;
  late: boolean;
}

export interface KpiComparison extends KpiReading {
  /** The gap's current value when it was identified. */
  before: number | null;
  /** The latest measurement at re-evaluation. */
  after: number | null;
  improved: boolean | null;
  targetMet: boolean | null;
}

export interface ReEvaluationSnapshot {
  enteredAt: string;
  trigger: 'schedule' | 'manager';
  requestedBy: Actor | null;
  reason: string | null;
  kpi: KpiComparison | null;
  initiatives: InitiativeOutcome[];
}

export interface CycleOutcome {
  decision: 'close' | 'restart' | 'cancel';
  at: string;
  by: Actor;
  reason: string | null;
  nextCycleId: string | null;
}

/** Everything a cycle's workflow knows; carried whole across continue-as-new. */
export interface CycleState {
  cycleId: string;
  serviceId: string;
  policy: CyclePolicy;
  previousCycleId: string | null;
  /** The ranking that chose the service; null for a restart's cycle or an unranked start. */
  selection: CycleSelection | null;
  startedAt: string;
  startedBy: Actor;
  stage: CycleStage;
  status: CycleStatus;
  gap: GapStatement | null;
  rootCauses: RootCause[];
  initiatives: Initiative[];
  pendingApproval: PendingApproval | null;
  lastRejection: DecisionRecord | null;
  decisions: DecisionRecord[];
  /** Reminders and escalations of waiting approvals, oldest first. */
  escalations: ApprovalNotice[];
  /** The latest check-ins (at most `RECENT_CHECK_INS`); the history has every one. */
  checkIns: CheckIn[];
  /** Who recorded the current stage's work so far; absent in states from before it existed. */
  stageAuthors?: string[];
  monitoring: MonitoringPeriod | null;
  reEvaluations: ReEvaluationSnapshot[];
  /** The roadmap change waiting for a decision; absent in states from before changes existed. */
  pendingRoadmapChange?: PendingRoadmapChange | null;
  /** Every roadmap change proposed so far, oldest first; the history holds what each was. */
  roadmapChangeIds?: string[];
  outcome: CycleOutcome | null;
  /** Audit events issued so far: the next event's number, for idempotent recording. */
  eventCount: number;
  /** When the last event happened (workflow time). */
  updatedAt: string;
}

export enum CycleAction {
  Started = 'cycle_started',
  GapRecorded = 'gap_recorded',
  RootCausesRecorded = 'root_causes_recorded',
  InitiativesRecorded = 'initiatives_recorded',
  Submitted = 'stage_submitted',
  Approved = 'stage_approved',
  Rejected = 'stage_rejected',
  /** One approval towards a quorum that is not reached yet. */
  ApprovalRecorded = 'approval_recorded',
  ReminderSent = 'approval_reminder_sent',
  Escalated = 'approval_escalated',
  ProgressReported = 'initiative_progress_reported',
  CheckInRecorded = 'check_in_recorded',
  ReEvaluationStarted = 're_evaluation_started',
  MonitoringContinued = 'monitoring_continued',
  Closed = 'cycle_closed',
  Restarted = 'cycle_restarted',
  Cancelled = 'cycle_cancelled',
  RoadmapChangeProposed = 'roadmap_change_proposed',
  RoadmapChangeApproved = 'roadmap_change_approved',
  RoadmapChangeRejected = 'roadmap_change_rejected',
  /** An open initiative passed its due date (actor `system`): once per initiative and due date. */
  InitiativeOverdue = 'initiative_overdue',
}

/** One accepted command or timer-driven transition: an audit event in the making. */
export interface CycleEvent {
  /** Position in the cycle's history, from 1: with the cycle id, the idempotency key. */
  number: number;
  action: CycleAction;
  /** The stage the event happened in. */
  stage: CycleStage;
  actor: Actor;
  at: string;
  data: Record<string, unknown>;
  /** The HTTP request behind a command; null for timer-driven events. */
  requestId: string | null;
}
