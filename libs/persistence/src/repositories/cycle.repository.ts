import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CycleSnapshot } from '@app/domain';
import { ACTIVE_CYCLE_STATUSES, CycleStage, CycleStatus } from '@app/domain';
import { CycleEntity } from '../entities/cycle.entity';
import type { Page, PageRequest } from '../pagination';
import { decodeCursor, toPage } from '../pagination';
import { PgErrorCode, violatedConstraint } from '../postgres-errors';

export interface CycleFilter {
  stage?: CycleStage;
  status?: CycleStatus;
  serviceId?: string;
}

export type RecordStartOutcome =
  | { outcome: 'recorded'; cycle: CycleEntity }
  | { outcome: 'active_cycle_exists'; activeCycleId: string };

@Injectable()
export class CycleRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Records a started cycle. Idempotent: recording the same cycle again keeps the first row. A
   * different active cycle of the same service makes it refuse (the partial unique index decides).
   */
  async recordStarted(
    snapshot: CycleSnapshot,
    workflowId: string,
    startedBy: string,
  ): Promise<RecordStartOutcome> {
    const repository = this.dataSource.getRepository(CycleEntity);
    try {
      // Conflict target `id` only: a retried activity is a no-op, while a second active cycle of
      // the service still trips uq_cycles_active_service.
      await this.dataSource.query(
        `INSERT INTO cycles (id, workflow_id, service_id, stage, status, policy, previous_cycle_id, started_by, started_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (id) DO NOTHING`,
        [
          snapshot.cycleId,
          workflowId,
          snapshot.serviceId,
          snapshot.stage,
          snapshot.status,
          JSON.stringify(snapshot.policy),
          snapshot.previousCycleId,
          startedBy,
          snapshot.startedAt,
        ],
      );
    } catch (error) {
      if (violatedConstraint(error, PgErrorCode.UniqueViolation) === 'uq_cycles_active_service') {
        const active = await this.findActiveForService(snapshot.serviceId);
        if (active) {
          return { outcome: 'active_cycle_exists', activeCycleId: active.id };
        }
      }
      throw error;
    }
    return {
      outcome: 'recorded',
      cycle: await repository.findOneByOrFail({ id: snapshot.cycleId }),
    };
  }

  findById(id: string): Promise<CycleEntity | null> {
    return this.dataSource.getRepository(CycleEntity).findOneBy({ id });
  }

  findActiveForService(serviceId: string): Promise<CycleEntity | null> {
    return this.dataSource
      .getRepository(CycleEntity)
      .createQueryBuilder('cycle')
      .where('cycle.service_id = :serviceId', { serviceId })
      .andWhere('cycle.status IN (:...statuses)', { statuses: ACTIVE_CYCLE_STATUSES })
      .getOne();
  }

  async list(filter: CycleFilter, page: PageRequest): Promise<Page<CycleEntity>> {
    const query = this.dataSource
      .getRepository(CycleEntity)
      .createQueryBuilder('cycle')
      .orderBy('cycle.created_at', 'ASC')
      .addOrderBy('cycle.id', 'ASC')
      .limit(page.limit + 1);
    if (filter.stage) {
      query.andWhere('cycle.stage = :stage', { stage: filter.stage });
    }
    if (filter.status) {
      query.andWhere('cycle.status = :status', { status: filter.status });
    }
    if (filter.serviceId) {
      query.andWhere('cycle.service_id = :serviceId', { serviceId: filter.serviceId });
    }
    if (page.cursor) {
      query.andWhere('(cycle.created_at, cycle.id) > (:createdAt, :id)', decodeCursor(page.cursor));
    }
    return toPage(await query.getMany(), page.limit);
  }
}
