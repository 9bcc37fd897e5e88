import { Injectable } from '@nestjs/common';
import type { KpiDirection } from '@app/domain';
import { DomainError } from '@app/domain';
import type { ChangeContext, KpiChanges, MeasurementPage, PageRequest } from '@app/persistence';
import {
  KpiEntity,
  KpiMeasurementEntity,
  KpiRepository,
  ServiceRepository,
} from '@app/persistence';

export interface KpiInput {
  name: string;
  /** e.g. hours, %, count */
  unit: string;
  direction: KpiDirection;
  baseline: number;
  target: number;
}

export interface MeasurementInput {
  value: number;
  /** ISO 8601 instant. */
  measuredAt: string;
  source?: string | null;
}

@Injectable()
export class KpisService {
  constructor(
    private readonly kpis: KpiRepository,
    private readonly services: ServiceRepository,
  ) {}

  async create(serviceId: string, input: KpiInput, change: ChangeContext): Promise<KpiEntity> {
    await this.services.requireExists(serviceId);
    const { name, unit, direction, baseline, target } = input;
    return this.kpis.create({ serviceId, name, unit, direction, baseline, target }, change);
  }

  /** Edits the KPI's name, unit, baseline or target; `ifMatch` the version the caller read. */
  update(
    kpiId: string,
    changes: KpiChanges,
    ifMatch: string | undefined,
    change: ChangeContext,
  ): Promise<KpiEntity> {
    return this.kpis.update(kpiId, changes, ifMatch, change);
  }

  async record(
    kpiId: string,
    input: MeasurementInput,
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

  /** A page of the KPI's measurements, newest first, with their count; those recorded by a time. */
  measurements(kpiId: string, page: PageRequest, recordedBy?: Date): Promise<MeasurementPage> {
    return this.kpis.measurementPage(kpiId, page, recordedBy);
  }

  /** A service's KPIs with their latest values; 404 for a service that does not exist. */
  async forService(serviceId: string): Promise<{ kpi: KpiEntity; latestValues: number[] }[]> {
    await this.services.requireExists(serviceId);
    return this.kpis.forService(serviceId);
  }
}
