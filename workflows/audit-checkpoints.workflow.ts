import { proxyActivities } from '@temporalio/workflow';
import type { AuditActivities } from '@app/domain';

const { signChangedChainHeads } = proxyActivities<AuditActivities>({
  startToCloseTimeout: '10 minutes',
  retry: { initialInterval: '5 seconds', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

/**
 * Signs the head of every audit chain that changed since its last checkpoint: started by a
 * Temporal Schedule (hourly by default), so a missed run is retried and never runs twice at once.
 */
export async function auditCheckpoints(): Promise<number> {
  return signChangedChainHeads();
}
