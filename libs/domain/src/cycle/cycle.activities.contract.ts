import type { GateApprovalPolicy } from '../approval/approval-policy';
import type { KpiReading } from './cycle-content';
import type { CycleEvent, CycleState } from './cycle-state';

/** One event of a cycle and the top-level fields of the state it changed. */
export interface CycleChange {
  cycleId: string;
  event: CycleEvent;
  changes: Partial<CycleState>;
  /**
   * Changed fields whose new value is the event's own data (`rootCauses` is `data.causes`): sent
   * once, in the event, so the largest command is not carried twice in the workflow's history.
   */
  fromEventData?: Partial<Record<keyof CycleState, string>>;
}

/** The state fields an event changed, with those it carries in its data filled in. */
export function resolvedChanges({
  event,
  changes,
  fromEventData,
}: CycleChange): Partial<CycleState> {
  const resolved: Record<string, unknown> = { ...changes };
  for (const [field, key] of Object.entries(fromEventData ?? {})) {
    resolved[field] = event.data[key];
  }
  return resolved;
}

/** The failure type of an activity whose write the database refused for good. */
export const UNRECORDABLE_CHANGE = 'UnrecordableChange';

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
  /**
   * Brings the projection to `state` and appends `event` to the cycle's audit chain. Kept for
   * cycles whose history predates `recordCycleChange`; new runs never call it.
   */
  recordCycleEvent(state: CycleState, event: CycleEvent): Promise<void>;
  /**
   * Appends `event` to the cycle's audit chain and merges `changes` (the state's top-level fields
   * the event changed) into the projection: the activity gets the event, not the whole state.
   * Data the database refuses fails it as non-retryable `UnrecordableChange`.
   */
  recordCycleChange(event: CycleChange): Promise<void>;
  /**
   * The KPI with its latest measurement, or null when it does not exist. With `projectTo` (an ISO
   * instant: the re-evaluation's due date), also its `forecast` there.
   */
  readKpi(kpiId: string, options?: { projectTo: string }): Promise<KpiReading | null>;
  /** The service's approval policy in force (its latest version), or null when it has none. */
  readApprovalPolicy(serviceId: string): Promise<GateApprovalPolicy | null>;
  /**
   * Whether delegation `grantId` of `delegateId` is in force at `at` (not revoked, inside its
   * window): a decision that counts by a delegation is applied only once the database confirms it.
   */
  confirmDelegation(grantId: string, delegateId: string, at: string): Promise<boolean>;
}
