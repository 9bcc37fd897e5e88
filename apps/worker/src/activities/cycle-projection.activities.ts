import { Injectable } from '@nestjs/common';
import type { Actor, CycleActivities, CycleSnapshot, RecordCycleStartedResult } from '@app/domain';
import { cycleWorkflowId } from '@app/domain';
import { CycleRepository } from '@app/persistence';

/** Keeps the `cycles` projection in step with the improvement-cycle workflows. */
@Injectable()
export class CycleProjectionActivities implements CycleActivities {
  constructor(private readonly cycles: CycleRepository) {}

  async recordCycleStarted(
    snapshot: CycleSnapshot,
    actor: Actor,
  ): Promise<RecordCycleStartedResult> {
    const result = await this.cycles.recordStarted(
      snapshot,
      cycleWorkflowId(snapshot.cycleId),
      actor.id,
    );
    return result.outcome === 'recorded'
      ? { outcome: 'recorded' }
      : { outcome: 'active_cycle_exists', activeCycleId: result.activeCycleId };
  }
}
