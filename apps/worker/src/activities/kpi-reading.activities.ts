import { Injectable } from '@nestjs/common';
import type { CycleActivities, KpiReading } from '@app/domain';
import { KpiRepository } from '@app/persistence';

/** What monitoring and re-evaluation read: a KPI's latest measurement. Reads only. */
@Injectable()
export class KpiReadingActivities implements Pick<CycleActivities, 'readKpi'> {
  constructor(private readonly kpis: KpiRepository) {}

  readKpi(kpiId: string): Promise<KpiReading | null> {
    return this.kpis.reading(kpiId);
  }
}
