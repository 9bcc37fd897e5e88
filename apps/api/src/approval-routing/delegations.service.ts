import { Injectable } from '@nestjs/common';
import { DomainError, Role } from '@app/domain';
import type { ChangeContext, DelegationEntity, Page, PageRequest } from '@app/persistence';
import { DelegationRepository } from '@app/persistence';
import { Clock } from '../platform/clock';

export interface DelegationRequest {
  delegateId: string;
  startsAt: string;
  endsAt: string;
  reason: string;
}

@Injectable()
export class DelegationsService {
  constructor(
    private readonly delegations: DelegationRepository,
    private readonly clock: Clock,
  ) {}

  /** The caller delegates to another known person, for a window that has not ended yet. */
  create(request: DelegationRequest, change: ChangeContext): Promise<DelegationEntity> {
    const startsAt = new Date(request.startsAt);
    const endsAt = new Date(request.endsAt);
    if (request.delegateId === change.actor.id) {
      throw DomainError.invalid('delegateId', 'a manager delegates to another person');
    }
    if (endsAt <= startsAt) {
      throw DomainError.invalid('endsAt', 'endsAt must be after startsAt');
    }
    if (endsAt <= this.clock.now()) {
      throw DomainError.invalid('endsAt', 'endsAt is already past: the delegation would never act');
    }
    const { delegateId, reason } = request;
    return this.delegations.create({ delegateId, startsAt, endsAt, reason }, change);
  }

  /** An admin sees every delegation; anyone else those they granted or received. */
  list(page: PageRequest, change: ChangeContext): Promise<Page<DelegationEntity>> {
    const admin = change.actor.roles.includes(Role.Admin);
    return this.delegations.list(page, admin ? undefined : change.actor.id);
  }

  /** Its manager or an admin revokes it, from now on: decisions already made stay. */
  async revoke(id: string, change: ChangeContext): Promise<void> {
    const delegation = await this.delegations.findById(id);
    if (!delegation) {
      throw DomainError.notFound('delegation', id);
    }
    const admin = change.actor.roles.includes(Role.Admin);
    if (!admin && delegation.delegatorId !== change.actor.id) {
      throw DomainError.forbidden('only the manager who delegated, or an admin, revokes it');
    }
    await this.delegations.revoke(id, change);
  }
}
