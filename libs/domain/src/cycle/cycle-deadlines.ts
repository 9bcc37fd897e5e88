import { addIsoDuration, parseIsoDuration } from '../time/iso-duration';
import type { Initiative } from './cycle-content';
import { InitiativeStatus } from './cycle-content';
import { CycleStage } from './cycle-stage';
import type { CycleState } from './cycle-state';

/** Reminder plus escalations sent for one wait; after that the wait is left to the inbox. */
export const MAX_APPROVAL_NOTICES = 6;

export type DueTimer = 'approval_sla' | 'check_in' | 're_evaluation';

/** When the next timer-driven transition is due (epoch ms), if any is scheduled. */
export function nextDeadline(state: Readonly<CycleState>): number | undefined {
  const deadlines = [
    approvalDeadline(state),
    checkInDeadline(state),
    reEvaluationDeadline(state),
  ].filter((deadline): deadline is number => deadline !== undefined);
  return deadlines.length ? Math.min(...deadlines) : undefined;
}

/** The timer-driven transition due at `now`, re-evaluation first. */
export function dueTimer(state: Readonly<CycleState>, now: number): DueTimer | undefined {
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
  return undefined;
}

/** An initiative not done by its due date is late. */
export function isLate(initiative: Initiative, atMs: number): boolean {
  return initiative.status !== InitiativeStatus.Done && Date.parse(initiative.dueDate) < atMs;
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
