import { Injectable } from '@nestjs/common';
import type { Actor } from '@app/domain';
import { Role } from '@app/domain';
import type { CycleEntity, Page, PageRequest } from '@app/persistence';
import { DelegationRepository, PendingApprovalRepository } from '@app/persistence';
import { Clock } from '../platform/clock';

/** What waits for a person's decision. */
@Injectable()
export class ApprovalInboxService {
  constructor(
    private readonly pendingApprovals: PendingApprovalRepository,
    private readonly delegations: DelegationRepository,
    private readonly clock: Clock,
  ) {}

  /**
   * The waits `caller` may decide, themselves or for a manager whose delegation they hold now,
   * longest wait first, a page at a time; an admin sees every one.
   */
  async awaitingDecision(page: PageRequest, caller: Actor): Promise<Page<CycleEntity>> {
    if (caller.roles.includes(Role.Admin)) {
      return this.pendingApprovals.awaitingDecision(page);
    }
    const actingFor = await this.delegations.delegatorsOf(caller.id, this.clock.now());
    const isManager = caller.roles.includes(Role.Manager);
    return this.pendingApprovals.awaitingDecision(page, { id: caller.id, actingFor, isManager });
  }
}
