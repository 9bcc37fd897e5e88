import { patched } from '@temporalio/workflow';
import type { CycleEvent, CycleStateMachine, GateApprovalPolicy, KpiReading } from '@app/domain';
import { timerActivities } from './cycle-recording';

/** Waits open under the service's approval policy, read as they open; decisions follow it. */
const APPROVAL_POLICY_PATCH = 'approval-policy';

/** KPI readings carry the trend projected to the re-evaluation's due date. */
const KPI_FORECAST_PATCH = 'kpi-forecast';

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
    case 'roadmap_change_sla':
      return record(machine.roadmap.recordChangeOverdue(at));
    case 'initiative_due':
      return record(machine.roadmap.recordInitiativeOverdue(at));
    case 're_evaluation':
      return record(
        machine.startScheduledReEvaluation(
          at,
          await readTrackedKpi(machine),
          await readApprovalPolicy(machine),
        ),
      );
    case undefined:
      return;
  }
}

/**
 * The KPI of the cycle's gap with its latest measurement and, once monitoring has a due date, its
 * forecast there; a command reads with its own options.
 */
export async function readTrackedKpi(
  machine: CycleStateMachine,
  read = timerActivities.readKpi,
): Promise<KpiReading | null> {
  const kpiId = machine.trackedKpiId();
  if (!kpiId) {
    return null;
  }
  const dueAt = machine.state.monitoring?.reEvaluationDueAt;
  // Cycles that read their KPI before forecasts existed replay those reads as they were made.
  return dueAt && patched(KPI_FORECAST_PATCH) ? read(kpiId, { projectTo: dueAt }) : read(kpiId);
}

/**
 * The service's approval policy for a wait that opens now; undefined when replaying a cycle that
 * opened its waits before policies existed (it keeps deciding as it did: any manager, alone).
 */
export async function readApprovalPolicy(
  machine: CycleStateMachine,
  read = timerActivities.readApprovalPolicy,
): Promise<GateApprovalPolicy | null | undefined> {
  return patched(APPROVAL_POLICY_PATCH) ? read(machine.state.serviceId) : undefined;
}
