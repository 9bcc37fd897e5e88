import { Injectable } from '@nestjs/common';
import { ApplicationFailure } from '@temporalio/activity';
import type {
  CycleActivities,
  CycleChange,
  CycleEvent,
  CycleState,
  RecordCycleStartedResult,
} from '@app/domain';
import { UNRECORDABLE_CHANGE } from '@app/domain';
import { CycleRepository, isPermanentDatabaseFailure } from '@app/persistence';

/** Keeps the `cycles` projection and the audit trail in step with the cycle workflows. */
@Injectable()
export class CycleProjectionActivities implements Omit<
  CycleActivities,
  'readKpi' | 'readApprovalPolicy' | 'confirmDelegation'
> {
  constructor(private readonly cycles: CycleRepository) {}

  recordCycleStarted(state: CycleState, event: CycleEvent): Promise<RecordCycleStartedResult> {
    return refusingForGood(() => this.cycles.recordStarted(state, event));
  }

  recordCycleEvent(state: CycleState, event: CycleEvent): Promise<void> {
    return refusingForGood(() => this.cycles.recordEvent(state, event));
  }

  recordCycleChange(change: CycleChange): Promise<void> {
    return refusingForGood(() => this.cycles.recordChange(change));
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
