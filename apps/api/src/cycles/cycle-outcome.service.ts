import { Injectable } from '@nestjs/common';
import type { CycleState } from '@app/domain';
import { achievedPercent, FORECAST_POINTS, forecastKpi } from '@app/domain';
import { KpiRepository, SurveyRepository } from '@app/persistence';
import type { MeasuredOutcome } from './cycle-outcome.view';
import { CyclesService } from './cycles.service';

/**
 * What a cycle measured, before and now: its tracked KPI, the service's survey rating and the
 * KPI's forecast. Read live for one cycle's page, since measurements and surveys keep arriving
 * while the workflow's state does not change.
 */
@Injectable()
export class CycleOutcomeService {
  constructor(
    private readonly cycles: CyclesService,
    private readonly kpis: KpiRepository,
    private readonly surveys: SurveyRepository,
  ) {}

  /** The cycle's state from the projection, and what it measured; 404 for an unknown id. */
  async cycleWithOutcome(id: string): Promise<{ state: CycleState; measured: MeasuredOutcome }> {
    const state = (await this.cycles.get(id)).detail;
    return { state, measured: await this.measured(state) };
  }

  /** Each part only once its data exists: a KPI tracked by the gap, a survey that rated it. */
  async measured(state: Readonly<CycleState>): Promise<MeasuredOutcome> {
    const startedAt = new Date(state.startedAt);
    const [kpi, rating] = await Promise.all([
      this.kpiOutcome(state, startedAt),
      this.rating(state.serviceId, startedAt),
    ]);
    return { ...kpi, ...(rating ? { rating } : {}) };
  }

  private async kpiOutcome(
    state: Readonly<CycleState>,
    startedAt: Date,
  ): Promise<Pick<MeasuredOutcome, 'kpi' | 'forecast'>> {
    const kpiId = state.gap?.kpiId;
    const reading = kpiId ? await this.kpis.reading(kpiId) : null;
    if (!kpiId || !reading) {
      return {};
    }
    // Projected to when the cycle is re-evaluated: there is no such date before monitoring.
    const dueAt = state.monitoring?.reEvaluationDueAt;
    const [atStart, points] = await Promise.all([
      this.kpis.valueAt(kpiId, startedAt),
      dueAt ? this.kpis.latestPoints(kpiId, FORECAST_POINTS) : [],
    ]);
    const forecast = dueAt ? forecastKpi(reading, points, dueAt) : null;
    const { baseline, target, latestValue: latest } = reading;
    return {
      kpi: {
        baseline,
        atStart,
        latest,
        target,
        achievedPercent: achievedPercent(baseline, target, latest),
      },
      ...(forecast ? { forecast } : {}),
    };
  }

  private async rating(
    serviceId: string,
    startedAt: Date,
  ): Promise<MeasuredOutcome['rating'] | undefined> {
    const [atStart, latest] = await Promise.all([
      this.surveys.latestMeanScore(serviceId, startedAt),
      this.surveys.latestMeanScore(serviceId),
    ]);
    return latest === null ? undefined : { atStart, latest };
  }
}
