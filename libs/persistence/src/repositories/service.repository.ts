import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError } from '@app/domain';
import type { ChangeContext } from '../audit/audit-trail';
import { CatalogChangeRecorder } from '../audit/catalog-change-recorder';
import { ServiceConsumerEntity } from '../entities/service-consumer.entity';
import { ServiceEntity } from '../entities/service.entity';
import type { Page, PageRequest } from '../pagination';
import { inKeysetOrder, toPage } from '../pagination';
import { PgErrorCode, violatedConstraint } from '../postgres-errors';

export interface NewService {
  name: string;
  description: string | null;
  providerAreaId: string;
  consumerAreaIds: string[];
  standardDescription: string | null;
  standardResponseTimeHours: number | null;
  critical: boolean;
}

export interface ServiceRecord extends ServiceEntity {
  consumerAreaIds: string[];
}

@Injectable()
export class ServiceRepository {
  private readonly catalog: CatalogChangeRecorder;

  constructor(private readonly dataSource: DataSource) {
    this.catalog = new CatalogChangeRecorder(dataSource);
  }

  /** Inserts the service and its consumer areas in one transaction. */
  async create(input: NewService, context: ChangeContext): Promise<ServiceRecord> {
    try {
      return await this.catalog.record(context, 'service_created', async (manager) => {
        const { consumerAreaIds, ...columns } = input;
        const service = await manager.getRepository(ServiceEntity).save(columns);
        // Each consumer's kind is its area's: the composite key checks it, front or back.
        await manager.query(
          `INSERT INTO service_consumers (service_id, area_id, area_kind)
           SELECT $1, id, kind FROM areas WHERE id = ANY($2::uuid[])`,
          [service.id, consumerAreaIds],
        );
        // Sorted as every read returns them (uuid order is the text order of lower-case hex).
        const record = { ...service, consumerAreaIds: [...consumerAreaIds].sort() };
        return { result: record, event: { key: service.id, data: { after: record } } };
      });
    } catch (error) {
      if (violatedConstraint(error, PgErrorCode.UniqueViolation) === 'uq_services_name') {
        throw DomainError.conflict(`a service named "${input.name}" already exists`);
      }
      throw error;
    }
  }

  /** Sets the weighted rule's criteria, recording before and after on the catalog chain. */
  async setCriteria(
    id: string,
    criteria: { strategyImpact: number; marginsInvolved: number; easeOfTransformation: number },
    context: ChangeContext,
  ): Promise<ServiceEntity | null> {
    return this.catalog.record(context, 'service_criteria_set', async (manager) => {
      const repository = manager.getRepository(ServiceEntity);
      const before = await repository.findOne({
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!before) {
        return { result: null };
      }
      const after = await repository.save({ ...before, ...criteria });
      const pick = (service: ServiceEntity) => ({
        strategyImpact: service.strategyImpact,
        marginsInvolved: service.marginsInvolved,
        easeOfTransformation: service.easeOfTransformation,
      });
      // Each change is its own event: neither a shared millisecond nor a caller's reused
      // X-Request-ID may fold two changes into one key (the second would be dropped as a repeat).
      const event = {
        key: `${id}@${randomUUID()}`,
        data: { serviceId: id, before: pick(before), after: pick(after) },
      };
      return { result: after, event };
    });
  }

  /** Answers not found unless the service exists: one EXISTS query, nothing loaded. */
  async requireExists(id: string): Promise<void> {
    if (!(await this.dataSource.getRepository(ServiceEntity).existsBy({ id }))) {
      throw DomainError.notFound('service', id);
    }
  }

  async findById(id: string): Promise<ServiceRecord | null> {
    const service = await this.dataSource.getRepository(ServiceEntity).findOneBy({ id });
    if (!service) {
      return null;
    }
    const consumers = await this.dataSource
      .getRepository(ServiceConsumerEntity)
      .find({ where: { serviceId: id }, order: { areaId: 'ASC' } });
    return { ...service, consumerAreaIds: consumers.map((consumer) => consumer.areaId) };
  }

  async list(page: PageRequest): Promise<Page<ServiceRecord>> {
    const query = this.dataSource
      .getRepository(ServiceEntity)
      .createQueryBuilder('service')
      // One query for the page and its consumers: no query per service.
      .addSelect(
        `COALESCE((SELECT array_agg(c.area_id ORDER BY c.area_id) FROM service_consumers c WHERE c.service_id = service.id), '{}')`,
        'consumer_area_ids',
      );
    const { entities, raw } = await inKeysetOrder(query, 'service', page).getRawAndEntities<{
      consumer_area_ids: string[];
    }>();
    const records = entities.map((service, index) => ({
      ...service,
      consumerAreaIds: raw[index]?.consumer_area_ids ?? [],
    }));
    return toPage(records, page.limit);
  }
}
