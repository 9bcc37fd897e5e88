import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/**
 * Prunes what only serves a while, through the database functions the app role may call (it has
 * no DELETE on these tables). Each period is an ISO 8601 duration (`P1D`), at least an hour.
 */
@Injectable()
export class RecordRetentionRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Forgets idempotency keys first used longer ago than `period`; how many. */
  pruneIdempotencyKeys(period: string): Promise<number> {
    return this.prune('prune_idempotency_keys', period);
  }

  /** Removes messages every delivery of which was delivered longer ago than `period`; how many. */
  pruneDeliveredMessages(period: string): Promise<number> {
    return this.prune('prune_delivered_messages', period);
  }

  private async prune(
    fn: 'prune_idempotency_keys' | 'prune_delivered_messages',
    period: string,
  ): Promise<number> {
    const [row] = await this.dataSource.query<{ pruned: string }[]>(
      `SELECT ${fn}($1::interval) AS pruned`,
      [period],
    );
    return Number(row?.pruned ?? 0);
  }
}
