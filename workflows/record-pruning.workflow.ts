import { proxyActivities } from '@temporalio/workflow';
import type { PrunedRecords, RetentionActivities, RetentionPeriods } from '@app/domain';

const { deleteExpiredRecords } = proxyActivities<RetentionActivities>({
  startToCloseTimeout: '10 minutes',
  retry: { initialInterval: '5 seconds', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

/**
 * Prunes idempotency keys and delivered messages older than their periods: started by a
 * Temporal Schedule (hourly), whose arguments carry the configured periods.
 */
export async function pruneExpiredRecords(periods: RetentionPeriods): Promise<PrunedRecords> {
  return deleteExpiredRecords(periods);
}
