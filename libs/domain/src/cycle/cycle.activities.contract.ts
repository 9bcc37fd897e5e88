import type { Actor } from './actor';
import type { CycleSnapshot } from './improvement-cycle.contract';

export type RecordCycleStartedResult =
  { outcome: 'recorded' } | { outcome: 'active_cycle_exists'; activeCycleId: string };

/**
 * Activities the improvement-cycle workflow calls. The worker implements them; workflows see
 * only this type. Each is idempotent: Temporal may run an activity more than once.
 */
export interface CycleActivities {
  recordCycleStarted(snapshot: CycleSnapshot, actor: Actor): Promise<RecordCycleStartedResult>;
}
