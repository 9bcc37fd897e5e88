import { Injectable } from '@nestjs/common';
import type { CycleState } from '@app/domain';
import type { MeasuredOutcome as Measured } from '@app/persistence';
import { AuditRepository, cycleChain, CycleMeasurementRepository } from '@app/persistence';
import type { MeasuredOutcome } from './cycle-outcome.view';
import { CyclesService } from './cycles.service';

/**
 * What a cycle measured, before and now: its tracked KPI, the service's survey rating and the
 * KPI's forecast, read live for one cycle's page, since measurements and surveys keep arriving
 * while the workflow's state does not change. A closed cycle's outcome is the one recorded with
 * its closing decision, and `since` the live figures after it.
 */
@Injectable()
export class CycleOutcomeService {
  constructor(
    private readonly cycles: CyclesService,
    private readonly measurement: CycleMeasurementRepository,
    private readonly audit: AuditRepository,
  ) {}

  /** The cycle's state from the projection, and what it measured; 404 for an unknown id. */
  async cycleWithOutcome(id: string): Promise<{ state: CycleState; measured: MeasuredOutcome }> {
    const state = (await this.cycles.get(id)).detail;
    const [live, recorded] = await Promise.all([
      this.measurement.measure(state),
      state.outcome?.decision === 'close' ? this.recordedAtClosing(id) : undefined,
    ]);
    return { state, measured: recorded ? { ...recorded, since: since(live) } : live };
  }

  /** What the closing event recorded; undefined for a cycle closed before outcomes were kept. */
  private async recordedAtClosing(id: string): Promise<Measured | undefined> {
    const [closing] = await this.audit.withActions(cycleChain(id), ['cycle_closed']);
    return closing?.data.outcome as Measured | undefined;
  }
}

/** The live figures after the closing: the KPI still against the terms of the cycle's start. */
function since(live: Measured): NonNullable<MeasuredOutcome['since']> {
  return {
    ...(live.kpi
      ? { kpi: { latest: live.kpi.latest, achievedPercent: live.kpi.achievedPercent } }
      : {}),
    ...(live.rating ? { rating: { latest: live.rating.latest } } : {}),
  };
}
