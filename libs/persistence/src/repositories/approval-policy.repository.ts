import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DataSource, In } from 'typeorm';
import type { GateApprovalPolicy } from '@app/domain';
import { DomainError } from '@app/domain';
import type { ChangeContext } from '../audit/audit-trail';
import { CatalogChangeRecorder } from '../audit/catalog-change-recorder';
import { ApprovalPolicyEntity } from '../entities/approval-policy.entity';
import { PersonEntity } from '../entities/person.entity';
import { ServiceEntity } from '../entities/service.entity';

export type ApprovalPolicyInput = Pick<GateApprovalPolicy, 'approvers' | 'quorum' | 'escalateTo'>;

/** Internal services' approval policies, a new version for every change. */
@Injectable()
export class ApprovalPolicyRepository {
  private readonly catalog: CatalogChangeRecorder;

  constructor(private readonly dataSource: DataSource) {
    this.catalog = new CatalogChangeRecorder(dataSource);
  }

  /**
   * Sets the service's policy as its next version, recorded on the catalog chain with the version
   * it replaces. 404 for an unknown service, 400 naming people nobody knows.
   */
  put(
    serviceId: string,
    policy: ApprovalPolicyInput,
    context: ChangeContext,
  ): Promise<ApprovalPolicyEntity> {
    return this.catalog.record(context, 'approval_policy_set', async (manager) => {
      // The service's row, locked, serialises versions of its policy.
      const service = await manager
        .getRepository(ServiceEntity)
        .findOne({ where: { id: serviceId }, lock: { mode: 'pessimistic_write' } });
      if (!service) {
        throw DomainError.notFound('service', serviceId);
      }
      await requireKnownPeople(manager, 'approvers', policy.approvers);
      await requireKnownPeople(manager, 'escalateTo', policy.escalateTo);
      const before = await latest(manager, serviceId);
      const saved = await manager.getRepository(ApprovalPolicyEntity).save({
        serviceId,
        version: (before?.version ?? 0) + 1,
        approvers: policy.approvers,
        quorum: policy.quorum,
        escalateTo: policy.escalateTo,
        setBy: context.actor.id,
      });
      const key = `${serviceId}:${saved.version}`;
      return { result: saved, event: { key, data: { before, after: saved } } };
    });
  }

  /** The policy in force: the latest version, or null when the service never had one. */
  current(serviceId: string): Promise<ApprovalPolicyEntity | null> {
    return latest(this.dataSource.manager, serviceId);
  }
}

function latest(manager: EntityManager, serviceId: string): Promise<ApprovalPolicyEntity | null> {
  return manager
    .getRepository(ApprovalPolicyEntity)
    .findOne({ where: { serviceId }, order: { version: 'DESC' } });
}

/** People are known from their sign-ins or an admin's entry: an unknown id is likely a typo. */
export async function requireKnownPeople(
  manager: EntityManager,
  field: string,
  ids: string[],
): Promise<void> {
  if (ids.length === 0) {
    return;
  }
  const known = await manager
    .getRepository(PersonEntity)
    .find({ where: { id: In(ids) }, select: { id: true } });
  const unknown = ids.filter((id) => !known.some((person) => person.id === id));
  if (unknown.length > 0) {
    throw DomainError.invalid(
      field,
      `no person is known as ${unknown.join(', ')}: they sign in first, or an admin adds them with PUT /v1/people/:id`,
    );
  }
}
