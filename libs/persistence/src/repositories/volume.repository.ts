import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError } from '@app/domain';
import type { ChangeContext } from '../audit/audit-trail';
import { appendCatalogEvent } from '../audit/audit-trail';
import { ServiceVolumeEntity } from '../entities/service-volume.entity';
import { PgErrorCode, violatedConstraint } from '../postgres-errors';

@Injectable()
export class VolumeRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** One figure per service and quarter: a second one for the same quarter is a conflict. */
  async add(
    volume: { serviceId: string; period: string; endCustomers: number; reworkRate: number },
    context: ChangeContext,
  ): Promise<ServiceVolumeEntity> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const saved = await manager.getRepository(ServiceVolumeEntity).save(volume);
        await appendCatalogEvent(manager, context, 'service_volume_recorded', saved.id, {
          after: saved,
        });
        return saved;
      });
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
