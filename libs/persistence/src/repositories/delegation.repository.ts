import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, LessThanOrEqual, MoreThan } from 'typeorm';
import type { DelegationGrant } from '@app/domain';
import { DomainError, Role } from '@app/domain';
import type { ChangeContext } from '../audit/audit-trail';
import { CatalogChangeRecorder } from '../audit/catalog-change-recorder';
import { DelegationEntity } from '../entities/delegation.entity';
import { PersonEntity } from '../entities/person.entity';
import type { Page, PageRequest } from '../pagination';
import { inKeysetOrder, toPage } from '../pagination';
import { requireKnownPeople } from './approval-policy.repository';

export interface DelegationInput {
  delegateId: string;
  startsAt: Date;
  endsAt: Date;
  reason: string;
}

/** Managers' delegations, audited on the catalog chain; revoked ones stay. */
@Injectable()
export class DelegationRepository {
  private readonly catalog: CatalogChangeRecorder;

  constructor(private readonly dataSource: DataSource) {
    this.catalog = new CatalogChangeRecorder(dataSource);
  }

  /** The caller (`context.actor`) delegates to a known person. */
  create(input: DelegationInput, context: ChangeContext): Promise<DelegationEntity> {
    return this.catalog.record(context, 'delegation_created', async (manager) => {
      await requireKnownPeople(manager, 'delegateId', [input.delegateId]);
      const delegate = await manager
        .getRepository(PersonEntity)
        .findOneBy({ id: input.delegateId });
      // A delegate decides as a manager does: the decision routes admit managers only.
      if (!delegate?.roles.includes(Role.Manager)) {
        throw DomainError.invalid(
          'delegateId',
          `${input.delegateId} is not known with the manager role, which deciding needs`,
        );
      }
      const saved = await manager.getRepository(DelegationEntity).save({
        ...input,
        id: randomUUID(),
        delegatorId: context.actor.id,
        revokedAt: null,
        revokedBy: null,
      });
      return { result: saved, event: { key: saved.id, data: { after: saved } } };
    });
  }

  /** Delegations `personId` granted or received, newest last; every one without `personId`. */
  async list(page: PageRequest, personId?: string): Promise<Page<DelegationEntity>> {
    const query = this.dataSource.getRepository(DelegationEntity).createQueryBuilder('delegation');
    if (personId !== undefined) {
      query.where('(delegation.delegator_id = :personId OR delegation.delegate_id = :personId)', {
        personId,
      });
    }
    return toPage(await inKeysetOrder(query, 'delegation', page).getMany(), page.limit);
  }

  findById(id: string): Promise<DelegationEntity | null> {
    return this.dataSource.getRepository(DelegationEntity).findOneBy({ id });
  }

  /** Revokes it from now on; revoking twice changes nothing more. */
  revoke(id: string, context: ChangeContext): Promise<void> {
    return this.catalog.record(context, 'delegation_revoked', async (manager) => {
      const delegations = manager.getRepository(DelegationEntity);
      const delegation = await delegations.findOne({
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!delegation) {
        throw DomainError.notFound('delegation', id);
      }
      if (delegation.revokedAt) {
        return { result: undefined };
      }
      delegation.revokedAt = new Date();
      delegation.revokedBy = context.actor.id;
      await delegations.save(delegation);
      return { result: undefined, event: { key: id, data: { after: delegation } } };
    });
  }

  /** The delegations `delegateId` holds in force at `at`, oldest first. */
  async inForceFor(delegateId: string, at: Date): Promise<DelegationGrant[]> {
    const rows = await this.dataSource.getRepository(DelegationEntity).find({
      where: {
        delegateId,
        revokedAt: IsNull(),
        startsAt: LessThanOrEqual(at),
        endsAt: MoreThan(at),
      },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return rows.map((row) => ({
      id: row.id,
      delegatorId: row.delegatorId,
      delegateId: row.delegateId,
      startsAt: row.startsAt.toISOString(),
      endsAt: row.endsAt.toISOString(),
    }));
  }
}
