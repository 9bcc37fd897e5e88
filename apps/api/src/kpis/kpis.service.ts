import { Injectable } from '@nestjs/common';
import { DomainError } from '@app/domain';
import type { ChangeContext, MeasurementPage, PageRequest } from '@app/persistence';
import {
  KpiEntity,
  KpiMeasurementEntity,
  KpiRepository,
  ServiceRepository,
} from '@app/persistence';
import type { CreateKpiDto, RecordMeasurementDto } from './kpi.dto';

@Injectable()
export class KpisService {
  constructor(
    private readonly kpis: KpiRepository,
    private readonly services: ServiceRepository,
  ) {}

  async create(serviceId: string, input: CreateKpiDto, change: ChangeContext): Promise<KpiEntity> {
    await this.services.requireExists(serviceId);
    return this.kpis.create({ serviceId, ...input }, change);
  }

  async record(
    kpiId: string,
    input: RecordMeasurementDto,
    change: ChangeContext,
  ): Promise<KpiMeasurementEntity> {
    await this.get(kpiId);
    return this.kpis.addMeasurement(
      kpiId,
      input.value,
      new Date(input.measuredAt),
      input.source ?? null,
      change,
    );
  }

  async get(kpiId: string): Promise<KpiEntity> {
    const kpi = await this.kpis.findById(kpiId);
    if (!kpi) {
      throw DomainError.notFound('kpi', kpiId);
    }
    return kpi;
  }

  /** A page of the KPI's measurements, newest first, with their count. */
  measurements(kpiId: string, page: PageRequest): Promise<MeasurementPage> {
    return this.kpis.measurementPage(kpiId, page);
  }
}
