import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DataSource } from 'typeorm';
import { DomainError } from '@app/domain';
import type { ChangeContext } from '../audit/audit-trail';
import { CatalogChangeRecorder } from '../audit/catalog-change-recorder';
import { ServiceEntity } from '../entities/service.entity';
import type { ServiceChanges, ServiceRecord } from './service-fields';
import { serviceFields, withChanges } from './service-fields';
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

export type { ServiceChanges, ServiceRecord, ServiceStandard } from './service-fields';
export { serviceFields, serviceStandard } from './service-fields';

const ACTIVE_CONSUMERS = `SELECT area_id FROM service_consumers
  WHERE service_id = $1 AND removed_at IS NULL ORDER BY area_id`;

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

  /**
   * Edits the service (If-Match: the version the caller read), recording only what changed on the
   * catalog chain. A consumer area taken off is marked removed, not deleted: its past survey
   * responses stay. A name another service has: 409.
   */
  async update(
    id: string,
    changes: ServiceChanges,
    ifMatch: string | undefined,
    context: ChangeContext,
  ): Promise<ServiceRecord> {
    try {
      await this.catalog.edit(
        context,
        'service_changed',
        { entity: ServiceEntity, what: 'service', id, ifMatch },
        async (manager, service) => {
          const current = { ...service, consumerAreaIds: await activeConsumers(manager, id) };
          const next = withChanges(current, changes);
          return {
            before: serviceFields(current),
            after: serviceFields(next),
            write: async (version) => {
              const { name, description, standardDescription, standardResponseTimeHours } = next;
              const columns = { name, description, standardDescription, standardResponseTimeHours };
              await manager.update(
                ServiceEntity,
                { id },
                { ...columns, critical: next.critical, version },
              );
              await replaceConsumers(manager, id, current.consumerAreaIds, next.consumerAreaIds);
            },
          };
        },
      );
    } catch (error) {
      if (violatedConstraint(error, PgErrorCode.UniqueViolation) === 'uq_services_name') {
        throw DomainError.conflict(`a service named "${changes.name}" already exists`);
      }
      throw error;
    }
    return this.require(id);
  }

  /**
   * Retires the service (`reason` given) or reinstates it (`reason` null on the service, kept in
   * the event): 409 when it already stands so. Its cycles and history are untouched.
   */
  async setRetired(
    id: string,
    retire: boolean,
    reason: string,
    context: ChangeContext,
  ): Promise<ServiceRecord> {
    await this.catalog.edit(
      context,
      retire ? 'service_retired' : 'service_reinstated',
      { entity: ServiceEntity, what: 'service', id },
      async (manager, service) => {
        if ((service.retiredAt !== null) === retire) {
          throw DomainError.conflict(
            retire ? `service ${id} is retired already` : `service ${id} is not retired`,
          );
        }
        const current = { ...service, consumerAreaIds: await activeConsumers(manager, id) };
        const next = retire
          ? { ...current, retiredAt: new Date(), retiredReason: reason }
          : { ...current, retiredAt: null, retiredReason: null };
        return {
          before: serviceFields(current),
          after: serviceFields(next),
          write: async (version) => {
            const { retiredAt, retiredReason } = next;
            await manager.update(ServiceEntity, { id }, { retiredAt, retiredReason, version });
          },
          note: { reason },
        };
      },
    );
    return this.require(id);
  }

  async require(id: string): Promise<ServiceRecord> {
    const service = await this.findById(id);
    if (!service) {
      throw DomainError.notFound('service', id);
    }
    return service;
  }

  /** When the service was retired, null while in service; 404 for a service that does not exist. */
  async retiredAt(id: string): Promise<Date | null> {
    const service = await this.dataSource
      .getRepository(ServiceEntity)
      .findOne({ select: { id: true, retiredAt: true }, where: { id } });
    if (!service) {
      throw DomainError.notFound('service', id);
    }
    return service.retiredAt;
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
    return { ...service, consumerAreaIds: await activeConsumers(this.dataSource.manager, id) };
  }

  async list(page: PageRequest): Promise<Page<ServiceRecord>> {
    const query = this.dataSource
      .getRepository(ServiceEntity)
      .createQueryBuilder('service')
      // One query for the page and its consumers: no query per service.
      .addSelect(
        `COALESCE((SELECT array_agg(c.area_id ORDER BY c.area_id) FROM service_consumers c WHERE c.service_id = service.id AND c.removed_at IS NULL), '{}')`,
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

async function activeConsumers(manager: EntityManager, serviceId: string): Promise<string[]> {
  const rows = await manager.query<{ area_id: string }[]>(ACTIVE_CONSUMERS, [serviceId]);
  return rows.map((row) => row.area_id);
}

/** Marks the areas no longer named as removed; adds the new ones, or takes back a removed one. */
async function replaceConsumers(
  manager: EntityManager,
  serviceId: string,
  before: string[],
  after: string[],
): Promise<void> {
  const removed = before.filter((area) => !after.includes(area));
  const added = after.filter((area) => !before.includes(area));
  if (removed.length > 0) {
    await manager.query(
      `UPDATE service_consumers SET removed_at = now()
       WHERE service_id = $1 AND area_id = ANY($2::uuid[]) AND removed_at IS NULL`,
      [serviceId, removed],
    );
  }
  if (added.length > 0) {
    await manager.query(
      `INSERT INTO service_consumers (service_id, area_id, area_kind)
       SELECT $1, id, kind FROM areas WHERE id = ANY($2::uuid[])
       ON CONFLICT ON CONSTRAINT pk_service_consumers DO UPDATE SET removed_at = NULL`,
      [serviceId, added],
    );
  }
}
