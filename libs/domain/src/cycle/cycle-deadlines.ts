import { addIsoDuration, parseIsoDuration } from '../time/iso-duration';
import type { Initiative } from './cycle-content';
import { isClosedInitiative } from './cycle-content';
import { CycleStage } from './cycle-stage';
import type { CycleState } from './cycle-state';
import { dueAt } from './roadmap-change';

/** Reminder plus escalations sent for one wait; after that the wait is left to the inbox. */
export const MAX_APPROVAL_NOTICES = 6;

export type DueTimer =
  'approval_sla' | 'check_in' | 're_evaluation' | 'roadmap_change_sla' | 'initiative_due';

/**
 * Which timers a cycle keeps. Due dates are tracked by cycles that reached the code that tracks
 * them (a patch in the workflow): a replayed cycle from before never set such a timer.
 */
export interface TimerOptions {
  dueDates: boolean;
}

/** When the next timer-driven transition is due (epoch ms), if any is scheduled. */
export function nextDeadline(
  state: Readonly<CycleState>,
  options: TimerOptions = { dueDates: true },
): number | undefined {
  const deadlines = [
    approvalDeadline(state),
    checkInDeadline(state),
    reEvaluationDeadline(state),
    roadmapChangeDeadline(state),
    options.dueDates ? initiativeDueDeadline(state) : undefined,
  ].filter((deadline): deadline is number => deadline !== undefined);
  return deadlines.length ? Math.min(...deadlines) : undefined;
}

/** The timer-driven transition due at `now`, re-evaluation first. */
export function dueTimer(
  state: Readonly<CycleState>,
  now: number,
  options: TimerOptions = { dueDates: true },
): DueTimer | undefined {
  const due = (deadline: number | undefined) => deadline !== undefined && deadline <= now;
  if (due(reEvaluationDeadline(state))) {
    return 're_evaluation';
  }
  if (due(approvalDeadline(state))) {
    return 'approval_sla';
  }
  if (due(checkInDeadline(state))) {
    return 'check_in';
  }
  if (due(roadmapChangeDeadline(state))) {
    return 'roadmap_change_sla';
  }
  if (options.dueDates && due(initiativeDueDeadline(state))) {
    return 'initiative_due';
  }
  return undefined;
}

/** Late from the end of its due date until done or dropped. */
export function isLate(initiative: Initiative, atMs: number): boolean {
  return !isClosedInitiative(initiative) && dueAt(initiative.dueDate) < atMs;
}

/** The open initiative whose overdue is not recorded yet and falls due first, if any. */
export function nextDueInitiative(state: Readonly<CycleState>): Initiative | undefined {
  if (state.stage !== CycleStage.ExecutionMonitoring && state.stage !== CycleStage.ReEvaluation) {
    return undefined;
  }
  return state.initiatives
    .filter((i) => !isClosedInitiative(i) && i.overdueNotedFor !== i.dueDate)
    .sort((a, b) => dueAt(a.dueDate) - dueAt(b.dueDate))[0];
}

function initiativeDueDeadline(state: Readonly<CycleState>): number | undefined {
  const next = nextDueInitiative(state);
  // Late once its due date's last moment has passed.
  return next ? dueAt(next.dueDate) + 1 : undefined;
}

function roadmapChangeDeadline(state: Readonly<CycleState>): number | undefined {
  const pending = state.pendingRoadmapChange;
  if (
    !pending ||
    pending.notices >= MAX_APPROVAL_NOTICES ||
    state.stage !== CycleStage.ExecutionMonitoring
  ) {
    return undefined;
  }
  return addPeriods(pending.proposedAt, state.policy.approvalSla, pending.notices + 1);
}

function approvalDeadline(state: Readonly<CycleState>): number | undefined {
  const pending = state.pendingApproval;
  if (!pending || pending.notices >= MAX_APPROVAL_NOTICES) {
    return undefined;
  }
  return addPeriods(pending.submittedAt, state.policy.approvalSla, pending.notices + 1);
}

function checkInDeadline(state: Readonly<CycleState>): number | undefined {
  const monitoring = state.monitoring;
  if (!monitoring || state.stage !== CycleStage.ExecutionMonitoring) {
    return undefined;
  }
  const next = addPeriods(monitoring.startedAt, state.policy.checkInEvery, monitoring.checkIns + 1);
  return next < Date.parse(monitoring.reEvaluationDueAt) ? next : undefined;
}

function reEvaluationDeadline(state: Readonly<CycleState>): number | undefined {
  return state.monitoring && state.stage === CycleStage.ExecutionMonitoring
    ? Date.parse(state.monitoring.reEvaluationDueAt)
    : undefined;
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
