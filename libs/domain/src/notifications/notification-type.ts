/** What a webhook endpoint subscribes to: the `type` of each message it is sent. */
export enum NotificationType {
  CycleStarted = 'cycle.started',
  CycleStageChanged = 'cycle.stage_changed',
  CycleClosed = 'cycle.closed',
  CycleCancelled = 'cycle.cancelled',
  ApprovalRequested = 'approval.requested',
  ApprovalReminder = 'approval.reminder',
  ApprovalEscalated = 'approval.escalated',
  ApprovalDecided = 'approval.decided',
  ReEvaluationDue = 're_evaluation.due',
  InitiativeOverdue = 'initiative.overdue',
  /** A check-in's KPI forecast turned to missing the target at the re-evaluation. */
  KpiOffTrack = 'kpi.off_track',
}

export const ALL_NOTIFICATION_TYPES: readonly NotificationType[] = Object.values(NotificationType);

/** The messages that are also mailed to the people concerned, when mail is configured. */
export const MAILED_NOTIFICATION_TYPES: readonly NotificationType[] = [
  NotificationType.ApprovalRequested,
  NotificationType.ApprovalReminder,
  NotificationType.ApprovalEscalated,
];

/** Where a message goes: a webhook endpoint (by id), or the mail channel. */
export type DeliveryChannel = `webhook:${string}` | 'email';

export const MAIL_CHANNEL: DeliveryChannel = 'email';

export const webhookChannel = (endpointId: string): DeliveryChannel => `webhook:${endpointId}`;

/** The workflow that delivers one channel's messages, and its id. */
export const MESSAGE_DELIVERIES_WORKFLOW = 'messageDeliveries';
export const messageDeliveriesWorkflowId = (channel: DeliveryChannel) => `deliveries-${channel}`;

/** Signal: new messages wait on the channel. */
export const WAKE_DELIVERIES_SIGNAL = 'wakeDeliveries';

export interface DeliveryRound {
  /** The channel is gone (its endpoint was deleted): its workflow ends. */
  closed: boolean;
  /** Attempts made in this round. */
  attempted: number;
  /** When the next message waiting on a retry is due; null when none waits. */
  nextAttemptAt: string | null;
}

/** Activities of the delivery workflow; the worker implements them. */
export interface DeliveryActivities {
  /** Sends what is due on `channel`, oldest first per cycle, and records each attempt. */
  deliverDueMessages(channel: DeliveryChannel): Promise<DeliveryRound>;
}
