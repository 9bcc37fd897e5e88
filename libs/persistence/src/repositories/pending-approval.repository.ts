import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CycleStatus } from '@app/domain';
import { CycleEntity } from '../entities/cycle.entity';
import type { Page, PageRequest } from '../pagination';
import { inKeysetOrder, toKeysetPage } from '../pagination';

/** Who asks for their inbox: themselves, and the managers whose delegations they hold now. */
export interface Decider {
  id: string;
  actingFor: string[];
  /** Without a policy any manager decides. */
  isManager: boolean;
}

/**
 * Whether the decider may decide the wait at `wait` (a path into the cycle's state), as the
 * workflow's decision check has it: not one they are kept from (four eyes) or already decided;
 * without a policy, as a manager; with one, as an approver (or for one) who may count and has
 * not been counted yet. The inbox's first cut: the domain's own check then has the last word.
 */
function mayDecide(wait: string): string {
  const excluded = `COALESCE(${wait} -> 'excludedDeciders', '[]'::jsonb)`;
  const approvals = `COALESCE(${wait} -> 'approvals', '[]'::jsonb)`;
  return `(
    jsonb_typeof(${wait}) = 'object'
    AND NOT jsonb_exists(${excluded}, :deciderId)
    AND NOT EXISTS (
      SELECT 1 FROM jsonb_array_elements(${approvals}) AS approval(entry)
      WHERE approval.entry ->> 'by' = :deciderId)
    AND (
      (jsonb_typeof(${wait} -> 'approvalPolicy') IS DISTINCT FROM 'object' AND :isManager)
      OR EXISTS (
        SELECT 1 FROM jsonb_array_elements_text(${wait} -> 'approvalPolicy' -> 'approvers')
          AS approver(id)
        WHERE approver.id = ANY(:actingFor)
          AND NOT jsonb_exists(${excluded}, approver.id)
          AND NOT EXISTS (
            SELECT 1 FROM jsonb_array_elements(${approvals}) AS counted(entry)
            WHERE COALESCE(counted.entry ->> 'onBehalfOf', counted.entry ->> 'by') = approver.id))))`;
}

const MAY_DECIDE = `(
  (cycle.status = '${CycleStatus.AwaitingApproval}' AND ${mayDecide(`cycle.detail -> 'pendingApproval'`)})
  OR ${mayDecide(`cycle.detail -> 'pendingRoadmapChange'`)})`;

/** The inbox of waiting decisions, read from the `cycles` projection. */
@Injectable()
export class PendingApprovalRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Cycles with something waiting for a decision (a gate, a roadmap change), longest wait first
   * (ties by id), a page at a time: the keyset is (awaiting_since, id), so pages neither repeat
   * nor skip a cycle that still waits. With a `decider`, only those with a wait they may decide.
   */
  async awaitingDecision(page: PageRequest, decider?: Decider): Promise<Page<CycleEntity>> {
    const query = this.dataSource
      .getRepository(CycleEntity)
      .createQueryBuilder('cycle')
      .where('cycle.awaiting_since IS NOT NULL');
    if (decider) {
      query.andWhere(MAY_DECIDE, {
        deciderId: decider.id,
        isManager: decider.isManager,
        actingFor: [decider.id, ...decider.actingFor],
      });
    }
    const rows = await inKeysetOrder(query, 'cycle', page, { column: 'awaiting_since' }).getMany();
    // awaiting_since is never null here: the query asks for it.
    return toKeysetPage(rows, page.limit, (row) => row.awaitingSince ?? row.createdAt);
  }
}
