import { Injectable } from '@nestjs/common';
import type { RoadmapChangeProposal, RoadmapChangeRecord } from '@app/domain';
import {
  decideRoadmapChangeUpdate,
  DomainError,
  foldRoadmapChanges,
  GateDecision,
  proposeRoadmapChangeUpdate,
  ROADMAP_CHANGE_ACTIONS,
} from '@app/domain';
import type { ChangeContext, Page, PageRequest } from '@app/persistence';
import { AuditRepository, cycleChain, decodeCursor, encodeCursor } from '@app/persistence';
import { CycleCommandsService, initiativePlan } from '../cycles/cycle-commands.service';
import type { InitiativeInput } from '../cycles/cycle-commands.service';
import { CyclesService } from '../cycles/cycles.service';

export interface RoadmapChangeInput {
  reason: string;
  add?: InitiativeInput[];
  change?: RoadmapChangeProposal['change'];
  drop?: RoadmapChangeProposal['drop'];
}

/**
 * Changes to a cycle's approved roadmap: proposed by an improver, decided like a gate, each step a
 * command of the cycle's workflow; their story is read back from the cycle's history.
 */
@Injectable()
export class RoadmapChangesService {
  constructor(
    private readonly commands: CycleCommandsService,
    private readonly cycles: CyclesService,
    private readonly audit: AuditRepository,
  ) {}

  /** Proposes the change; the answer names it. Nothing changes until it is approved. */
  async propose(
    cycleId: string,
    input: RoadmapChangeInput,
    change: ChangeContext,
    idempotencyKey?: string,
  ): Promise<{ id: string }> {
    const body: RoadmapChangeProposal = {
      reason: input.reason,
      add: (input.add ?? []).map(initiativePlan),
      change: (input.change ?? []).map((entry) => withoutAbsentFields(entry)),
      drop: (input.drop ?? []).map(({ id, reason }) => ({ id, reason })),
    };
    const state = await this.commands.send(
      cycleId,
      proposeRoadmapChangeUpdate,
      body,
      change,
      idempotencyKey,
    );
    // The answer is the state right after the proposal, also for a retry with the same key.
    const proposed = state.pendingRoadmapChange;
    if (!proposed) {
      throw DomainError.conflict('the change was decided already');
    }
    return { id: proposed.id };
  }

  /** A decision on the waiting change: the same approvers, quorum and delegation as the gates. */
  async decide(
    cycleId: string,
    changeId: string,
    input: { decision: GateDecision; reason?: string | null },
    change: ChangeContext,
    idempotencyKey?: string,
  ): Promise<RoadmapChangeRecord> {
    const body = { changeId, decision: input.decision, reason: input.reason ?? null };
    await this.commands.sendAsDecider(
      cycleId,
      decideRoadmapChangeUpdate,
      body,
      change,
      idempotencyKey,
    );
    const decided = (await this.list(cycleId)).find((record) => record.id === changeId);
    if (!decided) {
      throw DomainError.notFound('roadmap change', changeId);
    }
    return decided;
  }

  /** The cycle's changes a page at a time, oldest first, keyed by (proposedAt, id). */
  async page(cycleId: string, page: PageRequest): Promise<Page<RoadmapChangeRecord>> {
    const after = page.cursor ? decodeCursor(page.cursor) : undefined;
    const later = (await this.list(cycleId)).filter(
      (record) =>
        !after ||
        record.proposedAt > after.at ||
        (record.proposedAt === after.at && record.id > after.id),
    );
    const items = later.slice(0, page.limit);
    const last = items.at(-1);
    const more = later.length > page.limit && last;
    return {
      items,
      nextCursor: more ? encodeCursor({ at: last.proposedAt, id: last.id }) : null,
    };
  }

  /** Every change proposed in the cycle, oldest first; 404 for an unknown cycle. */
  async list(cycleId: string): Promise<RoadmapChangeRecord[]> {
    await this.cycles.get(cycleId);
    return foldRoadmapChanges(
      await this.audit.withActions(cycleChain(cycleId), ROADMAP_CHANGE_ACTIONS),
    );
  }
}

/** The fields a change gives new values; `kpiId: null` is a value (no KPI any more). */
function withoutAbsentFields<T extends object>(entry: T): T {
  return Object.fromEntries(Object.entries(entry).filter(([, value]) => value !== undefined)) as T;
}
