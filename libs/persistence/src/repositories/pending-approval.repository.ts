import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CycleStatus } from '@app/domain';
import { CycleEntity } from '../entities/cycle.entity';
import type { Page, PageRequest } from '../pagination';
import { inKeysetOrder, toKeysetPage } from '../pagination';

/** A manager's inbox, read from the `cycles` projection. */
@Injectable()
export class PendingApprovalRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Cycles waiting for a manager's decision, longest wait first (ties by id), a page at a time:
   * the keyset is (awaiting_since, id), so pages neither repeat nor skip a cycle that still waits.
   */
  async awaitingDecision(page: PageRequest): Promise<Page<CycleEntity>> {
    const query = this.dataSource
      .getRepository(CycleEntity)
      .createQueryBuilder('cycle')
      .where('cycle.awaiting_since IS NOT NULL')
      .andWhere('cycle.status = :status', { status: CycleStatus.AwaitingApproval });
    const rows = await inKeysetOrder(query, 'cycle', page, { column: 'awaiting_since' }).getMany();
    // awaiting_since is never null here: the query asks for it.
    return toKeysetPage(rows, page.limit, (row) => row.awaitingSince ?? row.createdAt);
  }
}
