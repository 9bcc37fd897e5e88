import { Injectable } from '@nestjs/common';
import type {
  CycleActivities,
  CycleEvent,
  CycleState,
  KpiReading,
  RecordCycleStartedResult,
} from '@app/domain';
import { CycleRepository, KpiRepository } from '@app/persistence';

/** Keeps the `cycles` projection and the audit trail in step with the cycle workflows. */
@Injectable()
export class CycleProjectionActivities implements CycleActivities {
  constructor(
    private readonly cycles: CycleRepository,
    private readonly kpis: KpiRepository,
  ) {}

  recordCycleStarted(state: CycleState, event: CycleEvent): Promise<RecordCycleStartedResult> {
    return this.cycles.recordStarted(state, event);
  }

  recordCycleEvent(state: CycleState, event: CycleEvent): Promise<void> {
    return this.cycles.recordEvent(state, event);
  }

  readKpi(kpiId: string): Promise<KpiReading | null> {
    return this.kpis.reading(kpiId);
  }
}
