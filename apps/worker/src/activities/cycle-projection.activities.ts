import { Injectable } from '@nestjs/common';
import { ApplicationFailure } from '@temporalio/activity';
import type {
  CycleActivities,
  CycleChange,
  CycleEvent,
  CycleState,
  RecordCycleStartedResult,
} from '@app/domain';
import { CycleAction, resolvedChanges, UNRECORDABLE_CHANGE } from '@app/domain';
import {
  CycleMeasurementRepository,
  CycleRepository,
  isPermanentDatabaseFailure,
} from '@app/persistence';
import { WorkerDeliveryWaker } from '../notifications/worker-delivery-waker';
import { AuditCheckpointActivities } from './audit.activities';

const CYCLE_END_ACTIONS: readonly CycleAction[] = [
  CycleAction.Closed,
  CycleAction.Restarted,
  CycleAction.Cancelled,
];

/** Keeps the `cycles` projection and the audit trail in step with the cycle workflows. */
@Injectable()
export class CycleProjectionActivities implements Omit<
  CycleActivities,
  'readKpi' | 'readApprovalPolicy' | 'confirmDelegation'
> {
  constructor(
    private readonly cycles: CycleRepository,
    private readonly audit: AuditCheckpointActivities,
    private readonly deliveries: WorkerDeliveryWaker,
    private readonly measurement: CycleMeasurementRepository,
  ) {}

  async recordCycleStarted(
    state: CycleState,
    event: CycleEvent,
  ): Promise<RecordCycleStartedResult> {
    const recorded = await refusingForGood(() => this.cycles.recordStarted(state, event));
    if (recorded.outcome === 'active_cycle_exists') {
      return recorded;
    }
    this.deliveries.wakeSoon(recorded.channels);
    return { outcome: 'recorded' };
  }

  async recordCycleEvent(state: CycleState, event: CycleEvent): Promise<void> {
    const recorded = await this.withOutcome(event, () => Promise.resolve(state));
    const channels = await refusingForGood(() => this.cycles.recordEvent(state, recorded));
    this.deliveries.wakeSoon(channels);
    await this.signIfEnded(state.cycleId, event);
  }

  async recordCycleChange(change: CycleChange): Promise<void> {
    const event = await this.withOutcome(change.event, async () => {
      const projected = await this.cycles.findById(change.cycleId);
      return projected ? { ...projected.detail, ...resolvedChanges(change) } : undefined;
    });
    const channels = await refusingForGood(() => this.cycles.recordChange({ ...change, event }));
    this.deliveries.wakeSoon(channels);
    await this.signIfEnded(change.cycleId, change.event);
  }

  /**
   * A closing keeps what the cycle measured as it was decided (`data.outcome`): later
   * measurements and changes of the KPI leave a closed cycle's outcome as it was.
   */
  private async withOutcome(
    event: CycleEvent,
    stateOf: () => Promise<CycleState | undefined>,
  ): Promise<CycleEvent> {
    if (event.action !== CycleAction.Closed) {
      return event;
    }
    const state = await stateOf();
    if (!state) {
      return event;
    }
    const outcome = await this.measurement.measure(state);
    return { ...event, data: { ...event.data, outcome } };
  }

  /** A cycle's end is signed at once: its chain should not wait for the hourly checkpoint. */
  private async signIfEnded(cycleId: string, event: CycleEvent): Promise<void> {
    if (CYCLE_END_ACTIONS.includes(event.action)) {
      await this.audit.signCycleHead(cycleId);
    }
  }
}

/**
 * A write the database refuses for good (bad encoding, a constraint) fails without retries, so
 * the workflow refuses the command instead of retrying it forever under the cycle's lock.
 */
async function refusingForGood<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isPermanentDatabaseFailure(error)) {
      throw ApplicationFailure.nonRetryable(
        error instanceof Error ? error.message : String(error),
        UNRECORDABLE_CHANGE,
      );
    }
    throw error;
  }
}
