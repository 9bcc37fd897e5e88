import { Injectable } from '@nestjs/common';
import { DataSource, LessThanOrEqual } from 'typeorm';
import type { KpiDirection, KpiPoint, KpiReading } from '@app/domain';
import { DomainError } from '@app/domain';
import type { ChangeContext } from '../audit/audit-trail';
import { CatalogChangeRecorder } from '../audit/catalog-change-recorder';
import { KpiMeasurementEntity } from '../entities/kpi-measurement.entity';
import { KpiEntity } from '../entities/kpi.entity';
import type { Page, PageRequest } from '../pagination';
import { inKeysetOrder, toKeysetPage } from '../pagination';

export interface NewKpi {
  serviceId: string;
  name: string;
  unit: string;
  direction: KpiDirection;
  baseline: number;
  target: number;
}

/** What an edit of a KPI may change; a field left out stays as it is. */
export interface KpiChanges {
  name?: string;
  unit?: string;
  baseline?: number;
  target?: number;
}

/** One page of a KPI's measurements, newest first, and what the KPI's standing needs. */
export interface MeasurementPage extends Page<KpiMeasurementEntity> {
  /** How many measurements the KPI has in all. */
  total: number;
  /** The KPI's latest two values, oldest first, whatever the page: its latest value and trend. */
  latestValues: number[];
}

interface KpiReadingRow {
  id: string;
  name: string;
  unit: string;
  direction: KpiDirection;
  baseline: number;
  target: number;
  value: number | null;
  measured_at: Date | null;
}

@Injectable()
export class KpiRepository {
  private readonly catalog: CatalogChangeRecorder;

  constructor(private readonly dataSource: DataSource) {
    this.catalog = new CatalogChangeRecorder(dataSource);
  }

  /** Creates the KPI and records it on the catalog chain, in one transaction. */
  create(kpi: NewKpi, context: ChangeContext): Promise<KpiEntity> {
    return this.catalog.save(context, KpiEntity, 'kpi_created', kpi);
  }

  /**
   * Edits the KPI's name, unit, baseline or target (If-Match: the version the caller read),
   * recording only what changed on the catalog chain. Its direction and measurements stay.
   */
  async update(
    id: string,
    changes: KpiChanges,
    ifMatch: string | undefined,
    context: ChangeContext,
  ): Promise<KpiEntity> {
    await this.catalog.edit(
      context,
      'kpi_changed',
      { entity: KpiEntity, what: 'kpi', id, ifMatch },
      (manager, kpi) => {
        const next = {
          name: changes.name ?? kpi.name,
          unit: changes.unit ?? kpi.unit,
          baseline: changes.baseline ?? kpi.baseline,
          target: changes.target ?? kpi.target,
        };
        return {
          before: { name: kpi.name, unit: kpi.unit, baseline: kpi.baseline, target: kpi.target },
          after: next,
          write: async (version) => {
            await manager.update(KpiEntity, { id }, { ...next, version });
          },
        };
      },
    );
    const kpi = await this.findById(id);
    if (!kpi) {
      throw DomainError.notFound('kpi', id);
    }
    return kpi;
  }

  /** Stores a measurement and records it on the catalog chain, in one transaction. */
  addMeasurement(
    kpiId: string,
    value: number,
    measuredAt: Date,
    source: string | null,
    context: ChangeContext,
  ): Promise<KpiMeasurementEntity> {
    return this.catalog.save(context, KpiMeasurementEntity, 'kpi_measurement_recorded', {
      kpiId,
      value,
      measuredAt,
      source,
    });
  }

  findById(id: string): Promise<KpiEntity | null> {
    return this.dataSource.getRepository(KpiEntity).findOneBy({ id });
  }

  /** Measurements newest first (by measuredAt, ties by id), a page at a time: never all of them. */
  async measurementPage(
    kpiId: string,
    page: PageRequest,
    recordedBy?: Date,
  ): Promise<MeasurementPage> {
    const repository = this.dataSource.getRepository(KpiMeasurementEntity);
    const query = repository
      .createQueryBuilder('measurement')
      .where('measurement.kpi_id = :kpiId', { kpiId });
    if (recordedBy) {
      query.andWhere('measurement.created_at <= :recordedBy', { recordedBy });
    }
    // Read as of a time: only what had been recorded by then.
    const where = recordedBy ? { kpiId, createdAt: LessThanOrEqual(recordedBy) } : { kpiId };
    const [rows, total, latest] = await Promise.all([
      inKeysetOrder(query, 'measurement', page, {
        column: 'measured_at',
        direction: 'DESC',
      }).getMany(),
      repository.countBy(where),
      repository.find({
        where,
        order: { measuredAt: 'DESC', createdAt: 'DESC' },
        take: 2,
      }),
    ]);
    return {
      ...toKeysetPage(rows, page.limit, (row) => row.measuredAt),
      total,
      latestValues: latest.map((row) => row.value).reverse(),
    };
  }

  /** A service's KPIs, oldest first, each with its latest two values (oldest first, for the trend). */
  async forService(serviceId: string): Promise<{ kpi: KpiEntity; latestValues: number[] }[]> {
    const kpis = await this.dataSource
      .getRepository(KpiEntity)
      .find({ where: { serviceId }, order: { createdAt: 'ASC', id: 'ASC' } });
    if (kpis.length === 0) {
      return [];
    }
    const latest = await this.dataSource.query<{ kpi_id: string; value: number }[]>(
      `SELECT kpi_id, value FROM (
         SELECT kpi_id, value,
                row_number() OVER (PARTITION BY kpi_id ORDER BY measured_at DESC, created_at DESC) AS n
         FROM kpi_measurements WHERE kpi_id = ANY($1)
       ) AS ranked WHERE n <= 2 ORDER BY kpi_id, n DESC`,
      [kpis.map((kpi) => kpi.id)],
    );
    return kpis.map((kpi) => ({
      kpi,
      latestValues: latest.filter((row) => row.kpi_id === kpi.id).map((row) => row.value),
    }));
  }

  /** The KPI's latest `limit` measurements, oldest first: what a forecast fits its trend to. */
  async latestPoints(kpiId: string, limit: number): Promise<KpiPoint[]> {
    const rows = await this.dataSource.getRepository(KpiMeasurementEntity).find({
      select: { value: true, measuredAt: true },
      where: { kpiId },
      order: { measuredAt: 'DESC', createdAt: 'DESC' },
      take: limit,
    });
    return rows
      .map((row) => ({ value: row.value, measuredAt: row.measuredAt.toISOString() }))
      .reverse();
  }

  /** The KPI's latest value measured at or before `at`; null when none was. */
  async valueAt(kpiId: string, at: Date): Promise<number | null> {
    const row = await this.dataSource.getRepository(KpiMeasurementEntity).findOne({
      select: { value: true },
      where: { kpiId, measuredAt: LessThanOrEqual(at) },
      order: { measuredAt: 'DESC', createdAt: 'DESC' },
    });
    return row ? row.value : null;
  }

  /** The KPI with its latest measurement, in one query. */
  async reading(kpiId: string): Promise<KpiReading | null> {
    const rows = await this.dataSource.query<KpiReadingRow[]>(
      `SELECT k.id, k.name, k.unit, k.direction, k.baseline, k.target, m.value, m.measured_at
       FROM kpis k
       LEFT JOIN LATERAL (
         SELECT value, measured_at FROM kpi_measurements WHERE kpi_id = k.id
         ORDER BY measured_at DESC, created_at DESC LIMIT 1
       ) m ON true
       WHERE k.id = $1`,
      [kpiId],
    );
    const row = rows[0];
    return row
      ? {
          kpiId: row.id,
          name: row.name,
          unit: row.unit,
          direction: row.direction,
          baseline: row.baseline,
          target: row.target,
          latestValue: row.value,
          latestAt: row.measured_at ? row.measured_at.toISOString() : null,
        }
      : null;
  }
}
