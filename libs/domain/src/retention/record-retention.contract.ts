/** The Temporal workflow type a Schedule starts to prune what is kept only a while. */
export const PRUNE_EXPIRED_RECORDS_WORKFLOW = 'pruneExpiredRecords';

/** How long each kind of record is kept: ISO 8601 durations, from the configuration. */
export interface RetentionPeriods {
  /** IDEMPOTENCY_KEY_TTL. */
  idempotencyKeys: string;
  /** DELIVERED_MESSAGE_RETENTION. */
  deliveredMessages: string;
}

/** How many of each were pruned. */
export interface PrunedRecords {
  idempotencyKeys: number;
  deliveredMessages: number;
}

/** Activities of the pruning workflow; the worker implements them. */
export interface RetentionActivities {
  /** Deletes idempotency keys and delivered messages older than their periods. */
  deleteExpiredRecords(periods: RetentionPeriods): Promise<PrunedRecords>;
}
