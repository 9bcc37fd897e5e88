import { addIsoDuration } from '../time/iso-duration';
import type { Actor } from './actor';
import type { KpiReading, ProgressReport } from './cycle-content';
import { InitiativeStatus, KpiDirection } from './cycle-content';
import { CycleFailureType } from './cycle-failure';
import { fail } from './cycle-input-rules';
import { isLate } from './cycle-deadlines';
import type {
  CheckIn,
  CycleState,
  InitiativeOutcome,
  KpiComparison,
  ReEvaluationSnapshot,
} from './cycle-state';

/** Check-ins kept in the state (and so the projection); every one of them is in the history. */
export const RECENT_CHECK_INS = 12;

/** A new monitoring period starts now and runs until the policy's re-evaluation. */
export function startMonitoringPeriod(s: CycleState, at: string): void {
  s.monitoring = {
    number: (s.monitoring?.number ?? 0) + 1,
    startedAt: at,
    reEvaluationDueAt: addIsoDuration(new Date(at), s.policy.reEvaluateAfter).toISOString(),
    checkIns: 0,
  };
}

/** Records a scheduled status check: the KPI's latest value and what is late or off track. */
export function addCheckIn(s: CycleState, at: string, kpi: KpiReading | null): CheckIn {
  const monitoring = s.monitoring ?? fail(CycleFailureType.WrongStage, 'no monitoring period');
  monitoring.checkIns += 1;
  const atMs = Date.parse(at);
  const checkIn = {
    at,
    kpi,
    lateInitiativeIds: s.initiatives.filter((i) => isLate(i, atMs)).map((i) => i.id),
    offTrackInitiativeIds: s.initiatives
      .filter((i) => i.status === InitiativeStatus.OffTrack)
      .map((i) => i.id),
  };
  // A bounded window: a PT1M check-in over five years must not grow the workflow's state.
  s.checkIns = [...s.checkIns, checkIn].slice(-RECENT_CHECK_INS);
  return checkIn;
}

/** What the re-evaluation looks at: the KPI against the gap, and each initiative's outcome. */
export function reEvaluationSnapshot(
  s: Readonly<CycleState>,
  trigger: 'schedule' | 'manager',
  actor: Actor,
  reason: string | null,
  at: string,
  kpi: KpiReading | null,
): ReEvaluationSnapshot {
  const atMs = Date.parse(at);
  return {
    enteredAt: at,
    trigger,
    requestedBy: trigger === 'manager' ? actor : null,
    reason,
    kpi: kpi ? compareKpi(kpi, s.gap?.currentValue ?? kpi.baseline) : null,
    initiatives: s.initiatives.map((i): InitiativeOutcome => ({
      id: i.id,
      title: i.title,
      status: i.status,
      percentComplete: i.percentComplete,
      dueDate: i.dueDate,
      late: isLate(i, atMs),
    })),
  };
}

function compareKpi(kpi: KpiReading, before: number): KpiComparison {
  const after = kpi.latestValue;
  const better = (a: number, b: number) =>
    kpi.direction === KpiDirection.HigherIsBetter ? a > b : a < b;
  return {
    ...kpi,
    before,
    after,
    improved: after === null ? null : better(after, before),
    targetMet: after === null ? null : after === kpi.target || better(after, kpi.target),
  };
}

/** A progress report on one of the cycle's initiatives (checked before), applied. */
export function applyProgress(s: CycleState, report: ProgressReport, at: string): void {
  const initiative = s.initiatives.find((candidate) => candidate.id === report.initiativeId);
  if (initiative) {
    initiative.percentComplete = report.percentComplete;
    initiative.status = report.status;
    initiative.lastProgressAt = at;
    initiative.lastNote = report.note;
  }
}
