import { Injectable } from '@nestjs/common';
import type { CycleState, KpiForecast } from '@app/domain';
import { achievedPercent, asItStood, FORECAST_POINTS, forecastKpi } from '@app/domain';
import { CatalogChangeRepository } from './catalog-change.repository';
import { KpiRepository } from './kpi.repository';
import { SurveyRepository } from './survey.repository';

/** The tracked KPI, before and now, measured against the terms that stood at the cycle's start. */
export interface KpiOutcome {
  baseline: number;
  atStart: number | null;
  latest: number | null;
  target: number;
  achievedPercent: number | null;
}

/** The service's survey rating, before and now. */
export interface RatingOutcome {
  atStart: number | null;
  latest: number | null;
}

/** What a cycle measured; each part only once its data exists. */
export interface MeasuredOutcome {
  kpi?: KpiOutcome;
  rating?: RatingOutcome;
  forecast?: KpiForecast;
}

/** What a cycle is measured against: the KPI's terms. */
interface KpiTerms {
  baseline: number;
  target: number;
  version?: number;
}

type MeasuredCycle = Pick<CycleState, 'serviceId' | 'startedAt' | 'gap' | 'monitoring'>;

/**
 * What a cycle measured, read from the catalog: its tracked KPI (the gap's) against the baseline
 * and target that stood when it started (a later change of the KPI is for later cycles), the
 * service's survey rating, and the KPI's forecast once there is a re-evaluation date.
 */
@Injectable()
export class CycleMeasurementRepository {
  constructor(
    private readonly kpis: KpiRepository,
    private readonly surveys: SurveyRepository,
    private readonly changes: CatalogChangeRepository,
  ) {}

  async measure(cycle: Readonly<MeasuredCycle>): Promise<MeasuredOutcome> {
    const startedAt = new Date(cycle.startedAt);
    const [kpi, rating] = await Promise.all([
      this.kpiOutcome(cycle, startedAt),
      this.rating(cycle.serviceId, startedAt),
    ]);
    return { ...kpi, ...(rating ? { rating } : {}) };
  }

  private async kpiOutcome(
    cycle: Readonly<MeasuredCycle>,
    startedAt: Date,
  ): Promise<Pick<MeasuredOutcome, 'kpi' | 'forecast'>> {
    const kpiId = cycle.gap?.kpiId;
    const reading = kpiId ? await this.kpis.reading(kpiId) : null;
    if (!kpiId || !reading) {
      return {};
    }
    // Projected to when the cycle is re-evaluated: there is no such date before monitoring.
    const dueAt = cycle.monitoring?.reEvaluationDueAt;
    const [atStart, points, laterChanges] = await Promise.all([
      this.kpis.valueAt(kpiId, startedAt),
      dueAt ? this.kpis.latestPoints(kpiId, FORECAST_POINTS) : [],
      this.changes.changesAfter<KpiTerms>(['kpi_changed'], kpiId, startedAt),
    ]);
    const { baseline, target } = asItStood<KpiTerms>(
      { baseline: reading.baseline, target: reading.target },
      laterChanges,
    );
    const terms = { ...reading, baseline, target };
    const forecast = dueAt ? forecastKpi(terms, points, dueAt) : null;
    const latest = reading.latestValue;
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

  private async rating(serviceId: string, startedAt: Date): Promise<RatingOutcome | undefined> {
    const [atStart, latest] = await Promise.all([
      this.surveys.latestMeanScore(serviceId, startedAt),
      this.surveys.latestMeanScore(serviceId),
    ]);
    return latest === null ? undefined : { atStart, latest };
  }
}
