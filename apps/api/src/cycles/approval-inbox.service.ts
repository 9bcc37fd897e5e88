import { Injectable } from '@nestjs/common';
import type { Actor, CycleState, DecidableWait } from '@app/domain';
import { CycleStage, CycleStatus, mayDecideWait, Role } from '@app/domain';
import type { Page, PageRequest } from '@app/persistence';
import { DelegationRepository, PendingApprovalRepository } from '@app/persistence';
import { Clock } from '../platform/clock';

/** One thing waiting for a decision: a cycle's gate, or a change to its roadmap. */
export interface Wait {
  kind: 'gate' | 'roadmap_change';
  cycle: CycleState;
  wait: DecidableWait;
}

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
   * a page of cycles at a time, longest wait first; an admin sees every one. A cycle may bring
   * two waits (its re-evaluation and a roadmap change), so a page may hold more than `limit`.
   */
  async awaitingDecision(page: PageRequest, caller: Actor): Promise<Page<Wait>> {
    const now = this.clock.now();
    const admin = caller.roles.includes(Role.Admin);
    const grants = admin ? [] : await this.delegations.inForceFor(caller.id, now);
    const decider = {
      id: caller.id,
      actingFor: grants.map((grant) => grant.delegatorId),
      isManager: caller.roles.includes(Role.Manager),
    };
    const cycles = await this.pendingApprovals.awaitingDecision(page, admin ? undefined : decider);
    const items = cycles.items
      .flatMap((row) => waitsOf(row.detail))
      .filter(({ wait }) => admin || mayDecideWait(wait, caller, grants, now.getTime()));
    return { items, nextCursor: cycles.nextCursor };
  }
}

function waitsOf(cycle: CycleState): Wait[] {
  const gate = cycle.status === CycleStatus.AwaitingApproval ? cycle.pendingApproval : null;
  // A change is decided in execution monitoring: during a re-evaluation it waits for its end.
  const change = cycle.stage === CycleStage.ExecutionMonitoring ? cycle.pendingRoadmapChange : null;
  const waits: Wait[] = [];
  if (gate) {
    const excludedDeciders = gate.excludedDeciders ?? [gate.submittedBy.id];
    waits.push({ kind: 'gate', cycle, wait: { ...gate, excludedDeciders } });
  }
  if (change) {
    waits.push({ kind: 'roadmap_change', cycle, wait: change });
  }
  return waits;
}
