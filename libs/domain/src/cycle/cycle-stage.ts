/** The stages of an improvement cycle, in the order the methodology runs them. */
export enum CycleStage {
  GapIdentification = 'gap_identification',
  RootCauseAnalysis = 'root_cause_analysis',
  InitiativePlanning = 'initiative_planning',
  ExecutionMonitoring = 'execution_monitoring',
  ReEvaluation = 're_evaluation',
  Closed = 'closed',
  Cancelled = 'cancelled',
}

export enum CycleStatus {
  InProgress = 'in_progress',
  AwaitingApproval = 'awaiting_approval',
  Closed = 'closed',
  Cancelled = 'cancelled',
}

/** Statuses in which a cycle still occupies its service (one active cycle per service). */
export const ACTIVE_CYCLE_STATUSES: readonly CycleStatus[] = [
  CycleStatus.InProgress,
  CycleStatus.AwaitingApproval,
];

/** Closed or cancelled: the cycle takes no more commands and sets no more timers. */
export function isFinishedStatus(status: CycleStatus): boolean {
  return !ACTIVE_CYCLE_STATUSES.includes(status);
}
