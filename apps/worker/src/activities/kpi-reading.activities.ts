import { Injectable } from '@nestjs/common';
import type { CycleActivities, KpiReading } from '@app/domain';
import { FORECAST_POINTS, forecastKpi } from '@app/domain';
import { KpiRepository } from '@app/persistence';

/** What monitoring and re-evaluation read: a KPI's latest measurement and its trend. Reads only. */
@Injectable()
export class KpiReadingActivities implements Pick<CycleActivities, 'readKpi'> {
  constructor(private readonly kpis: KpiRepository) {}

  async readKpi(kpiId: string, options?: { projectTo: string }): Promise<KpiReading | null> {
    const reading = await this.kpis.reading(kpiId);
    if (!reading || !options) {
      return reading;
    }
    const points = await this.kpis.latestPoints(kpiId, FORECAST_POINTS);
    return { ...reading, forecast: forecastKpi(reading, points, options.projectTo) };
  }
}
