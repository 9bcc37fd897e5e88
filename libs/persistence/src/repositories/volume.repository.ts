import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError } from '@app/domain';
import type { ChangeContext } from '../audit/audit-trail';
import { CatalogChangeRecorder } from '../audit/catalog-change-recorder';
import { ServiceVolumeEntity } from '../entities/service-volume.entity';
import { PgErrorCode, violatedConstraint } from '../postgres-errors';

@Injectable()
export class VolumeRepository {
  private readonly catalog: CatalogChangeRecorder;

  constructor(private readonly dataSource: DataSource) {
    this.catalog = new CatalogChangeRecorder(dataSource);
  }

  /** A service's volumes, one per quarter, oldest quarter first. */
  ofService(serviceId: string): Promise<ServiceVolumeEntity[]> {
    return this.dataSource
      .getRepository(ServiceVolumeEntity)
      .find({ where: { serviceId }, order: { period: 'ASC' } });
  }

  /** One figure per service and quarter: a second one for the same quarter is a conflict. */
  async add(
    volume: { serviceId: string; period: string; endCustomers: number; reworkRate: number },
    context: ChangeContext,
  ): Promise<ServiceVolumeEntity> {
    try {
      return await this.catalog.save(
        context,
        ServiceVolumeEntity,
        'service_volume_recorded',
        volume,
      );
    } catch (error) {
      if (violatedConstraint(error, PgErrorCode.UniqueViolation) === 'uq_service_volumes_period') {
        throw DomainError.conflict(
          `volumes for ${volume.period} are already recorded for this service`,
        );
      }
      throw error;
    }
  }
}
