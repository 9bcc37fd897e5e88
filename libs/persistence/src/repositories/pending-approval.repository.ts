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

const PENDING = `cycle.detail -> 'pendingApproval'`;
const EXCLUDED = `COALESCE(${PENDING} -> 'excludedDeciders', '[]'::jsonb)`;
const APPROVALS = `COALESCE(${PENDING} -> 'approvals', '[]'::jsonb)`;

/**
 * Waits the decider may decide, as the workflow's decision check has it: not one they are kept
 * from (four eyes) or already decided; without a policy, as a manager; with one, as an approver
 * (or for one) who may count and has not been counted yet.
 */
const MAY_DECIDE = `
  NOT jsonb_exists(${EXCLUDED}, :deciderId)
  AND NOT EXISTS (
    SELECT 1 FROM jsonb_array_elements(${APPROVALS}) AS approval(entry)
    WHERE approval.entry ->> 'by' = :deciderId)
  AND (
    (jsonb_typeof(${PENDING} -> 'approvalPolicy') IS DISTINCT FROM 'object' AND :isManager)
    OR EXISTS (
      SELECT 1 FROM jsonb_array_elements_text(${PENDING} -> 'approvalPolicy' -> 'approvers')
        AS approver(id)
      WHERE approver.id = ANY(:actingFor)
        AND NOT jsonb_exists(${EXCLUDED}, approver.id)
        AND NOT EXISTS (
          SELECT 1 FROM jsonb_array_elements(${APPROVALS}) AS counted(entry)
          WHERE COALESCE(counted.entry ->> 'onBehalfOf', counted.entry ->> 'by') = approver.id)))`;

/** The inbox of waiting decisions, read from the `cycles` projection. */
@Injectable()
export class PendingApprovalRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Cycles waiting for a decision, longest wait first (ties by id), a page at a time: the keyset
   * is (awaiting_since, id), so pages neither repeat nor skip a cycle that still waits. With a
   * `decider`, only those they may decide; without one, all.
   */
  async awaitingDecision(page: PageRequest, decider?: Decider): Promise<Page<CycleEntity>> {
    const query = this.dataSource
      .getRepository(CycleEntity)
      .createQueryBuilder('cycle')
      .where('cycle.awaiting_since IS NOT NULL')
      .andWhere('cycle.status = :status', { status: CycleStatus.AwaitingApproval });
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
