import type { KpiReading } from './cycle-content';
import type { CycleEvent, CycleState } from './cycle-state';

export type RecordCycleStartedResult =
  { outcome: 'recorded' } | { outcome: 'active_cycle_exists'; activeCycleId: string };

/**
 * Activities the improvement-cycle workflow calls. The worker implements them; workflows see
 * only this type. Each is idempotent (keyed by cycle id and event number): Temporal may run an
 * activity more than once.
 */
export interface CycleActivities {
  /** Inserts the projection row and the first audit event, unless the service has an active cycle. */
  recordCycleStarted(state: CycleState, event: CycleEvent): Promise<RecordCycleStartedResult>;
  /** Brings the projection to `state` and appends `event` to the cycle's audit chain. */
  recordCycleEvent(state: CycleState, event: CycleEvent): Promise<void>;
  /** The KPI with its latest measurement, or null when it does not exist. */
  readKpi(kpiId: string): Promise<KpiReading | null>;
}
