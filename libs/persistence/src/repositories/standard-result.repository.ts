import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError } from '@app/domain';
import type { ChangeContext } from '../audit/audit-trail';
import { CatalogChangeRecorder } from '../audit/catalog-change-recorder';
import { ServiceStandardResultEntity } from '../entities/service-standard-result.entity';
import { PgErrorCode, violatedConstraint } from '../postgres-errors';

export interface NewStandardResult {
  serviceId: string;
  period: string;
  requests: number;
  withinStandard: number;
}

@Injectable()
export class StandardResultRepository {
  private readonly catalog: CatalogChangeRecorder;

  constructor(private readonly dataSource: DataSource) {
    this.catalog = new CatalogChangeRecorder(dataSource);
  }

  /** One result per service and quarter: a second one for the same quarter is a conflict. */
  async add(
    result: NewStandardResult,
    context: ChangeContext,
  ): Promise<ServiceStandardResultEntity> {
    try {
      return await this.catalog.save(
        context,
        ServiceStandardResultEntity,
        'standard_result_recorded',
        result,
      );
    } catch (error) {
      const constraint = violatedConstraint(error, PgErrorCode.UniqueViolation);
      if (constraint === 'uq_service_standard_results_period') {
        throw DomainError.conflict(
          `the standard's results for ${result.period} are already recorded for this service`,
        );
      }
      throw error;
    }
  }

  /** A service's results, oldest quarter first. */
  forService(serviceId: string): Promise<ServiceStandardResultEntity[]> {
    return this.dataSource
      .getRepository(ServiceStandardResultEntity)
      .find({ where: { serviceId }, order: { period: 'ASC' } });
  }
}
