import type { CycleEvent, CycleStateMachine, KpiReading } from '@app/domain';
import { timerActivities } from './cycle-recording';

/** Records the timer-driven transition that is due now, if any. */
export async function fireDueTimer(
  machine: CycleStateMachine,
  record: (event: CycleEvent) => Promise<void>,
): Promise<void> {
  const at = new Date().toISOString();
  switch (machine.dueTimer(Date.now())) {
    case 'approval_sla':
      return record(machine.recordApprovalOverdue(at));
    case 'check_in':
      return record(machine.recordCheckIn(at, await readTrackedKpi(machine)));
    case 're_evaluation':
      return record(machine.startScheduledReEvaluation(at, await readTrackedKpi(machine)));
    case undefined:
      return;
  }
}

/** The KPI of the cycle's gap with its latest measurement; a command reads with its own options. */
export async function readTrackedKpi(
  machine: CycleStateMachine,
  read = timerActivities.readKpi,
): Promise<KpiReading | null> {
  const kpiId = machine.trackedKpiId();
  return kpiId ? read(kpiId) : null;
}
