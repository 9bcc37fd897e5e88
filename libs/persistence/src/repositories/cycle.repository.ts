import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DataSource } from 'typeorm';
import type { CycleChange, CycleEvent, CycleState, DeliveryChannel } from '@app/domain';
import {
  ACTIVE_CYCLE_STATUSES,
  CycleStage,
  CycleStatus,
  cycleWorkflowId,
  resolvedChanges,
} from '@app/domain';
import { appendAuditEvent, cycleChain } from '../audit/audit-trail';
import { CycleEntity } from '../entities/cycle.entity';
import { NotificationOutbox } from '../notifications/notification-outbox';
import type { Page, PageRequest } from '../pagination';
import { inKeysetOrder, toPage } from '../pagination';
import { PgErrorCode, violatedConstraint } from '../postgres-errors';

export interface CycleFilter {
  stage?: CycleStage;
  status?: CycleStatus;
  serviceId?: string;
  /** Newest started first; oldest first unless set. */
  newestFirst?: boolean;
}

export interface CycleCount {
  stage: CycleStage;
  status: CycleStatus;
  count: number;
}

export type RecordStartOutcome =
  | { outcome: 'recorded'; channels: DeliveryChannel[] }
  | { outcome: 'active_cycle_exists'; activeCycleId: string };

/** The `cycles` projection and the cycle audit chains, written by the workflow's activities. */
@Injectable()
export class CycleRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: NotificationOutbox,
  ) {}

  /**
   * Records a started cycle and its first audit event. Idempotent: recording the same cycle again
   * changes nothing. Another active cycle of the service makes it refuse, by the unique index.
   */
  async recordStarted(state: CycleState, event: CycleEvent): Promise<RecordStartOutcome> {
    let channels: DeliveryChannel[] = [];
    try {
      channels = await this.dataSource.transaction(async (manager) => {
        // Conflict target `id` only: a retried activity is a no-op, while a second active cycle
        // of the service still trips uq_cycles_active_service.
        await manager.query(
          `INSERT INTO cycles (id, workflow_id, service_id, stage, status, policy, previous_cycle_id,
                               awaiting_since, version, detail, started_by, started_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
           ON CONFLICT (id) DO NOTHING`,
          [
            state.cycleId,
            cycleWorkflowId(state.cycleId),
            state.serviceId,
            state.stage,
            state.status,
            JSON.stringify(state.policy),
            state.previousCycleId,
            waitingSince(state),
            event.number,
            JSON.stringify(state),
            state.startedBy.id,
            state.startedAt,
          ],
        );
        return this.appendEvent(manager, state.cycleId, event);
      });
    } catch (error) {
      if (violatedConstraint(error, PgErrorCode.UniqueViolation) === 'uq_cycles_active_service') {
        const active = await this.findActiveForService(state.serviceId);
        if (active) {
          return { outcome: 'active_cycle_exists', activeCycleId: active.id };
        }
      }
      throw error;
    }
    return { outcome: 'recorded', channels };
  }

  /**
   * Brings the projection to `state` and appends `event`; a stale or repeated call changes
   * nothing. The channels that got messages to send.
   */
  recordEvent(state: CycleState, event: CycleEvent): Promise<DeliveryChannel[]> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(
        `UPDATE cycles SET stage = $2, status = $3, awaiting_since = $4, version = $5, detail = $6, updated_at = now()
         WHERE id = $1 AND version < $5`,
        [
          state.cycleId,
          state.stage,
          state.status,
          waitingSince(state),
          event.number,
          JSON.stringify(state),
        ],
      );
      return this.appendEvent(manager, state.cycleId, event);
    });
  }

  /**
   * Merges an event's changed fields into the projection and appends the event; a stale or
   * repeated call changes nothing. Events arrive in order: the workflow records one at a time.
   */
  recordChange(change: CycleChange): Promise<DeliveryChannel[]> {
    const { cycleId, event } = change;
    return this.dataSource.transaction(async (manager) => {
      await manager.query(
        `UPDATE cycles
            SET detail = merged.detail, stage = merged.detail->>'stage',
                status = merged.detail->>'status',
                awaiting_since = LEAST(
                  (merged.detail->'pendingApproval'->>'submittedAt')::timestamptz,
                  (merged.detail->'pendingRoadmapChange'->>'proposedAt')::timestamptz),
                version = $3, updated_at = now()
           FROM (SELECT id, detail || $2::jsonb AS detail FROM cycles WHERE id = $1) AS merged
          WHERE cycles.id = merged.id AND cycles.version < $3`,
        [cycleId, JSON.stringify(resolvedChanges(change)), event.number],
      );
      return this.appendEvent(manager, cycleId, event);
    });
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
    const query = this.dataSource.getRepository(CycleEntity).createQueryBuilder('cycle');
    if (filter.stage) {
      query.andWhere('cycle.stage = :stage', { stage: filter.stage });
    }
    if (filter.status) {
      query.andWhere('cycle.status = :status', { status: filter.status });
    }
    if (filter.serviceId) {
      query.andWhere('cycle.service_id = :serviceId', { serviceId: filter.serviceId });
    }
    const direction = filter.newestFirst ? 'DESC' : 'ASC';
    return toPage(await inKeysetOrder(query, 'cycle', page, { direction }).getMany(), page.limit);
  }

  /** How many cycles are in each stage and status, of one service or of all. */
  async countByStage(serviceId?: string): Promise<CycleCount[]> {
    const query = this.dataSource
      .getRepository(CycleEntity)
      .createQueryBuilder('cycle')
      .select('cycle.stage', 'stage')
      .addSelect('cycle.status', 'status')
      .addSelect('COUNT(*)::int', 'count')
      .groupBy('cycle.stage')
      .addGroupBy('cycle.status')
      .orderBy('cycle.stage')
      .addOrderBy('cycle.status');
    if (serviceId) {
      query.where('cycle.service_id = :serviceId', { serviceId });
    }
    return query.getRawMany<CycleCount>();
  }

  /** Appends `event` and, when it is new, the messages it causes: the channels that got any. */
  private async appendEvent(
    manager: EntityManager,
    cycleId: string,
    event: CycleEvent,
  ): Promise<DeliveryChannel[]> {
    const appended = await appendAuditEvent(manager, cycleChain(cycleId), {
      eventKey: `${cycleChain(cycleId)}#${event.number}`,
      cycleId,
      occurredAt: event.at,
      actor: event.actor,
      action: event.action,
      stage: event.stage,
      data: event.data,
      requestId: event.requestId,
    });
    return appended ? this.outbox.enqueueCycleEvent(manager, cycleId, event) : [];
  }
}

/** Since when something of the cycle waits for a decision (a gate, or a roadmap change); null: nothing. */
function waitingSince(state: CycleState): string | null {
  const since = [state.pendingApproval?.submittedAt, state.pendingRoadmapChange?.proposedAt]
    .filter((at): at is string => typeof at === 'string')
    .sort();
  return since[0] ?? null;
}
