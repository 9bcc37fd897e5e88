import { proxyActivities } from '@temporalio/workflow';
import type { DeliverySweepActivities } from '@app/domain';

/** Temporal unreachable for the waker is retried, backing off to half a minute. */
const { wakeDueChannels } = proxyActivities<DeliverySweepActivities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', maximumInterval: '30 seconds', backoffCoefficient: 2 },
});

/**
 * Wakes every channel with a delivery due: started by a Temporal Schedule (every minute by
 * default), so a message whose wake was lost, on a channel whose workflow never started, waits
 * at most that long. A channel's running workflow rechecks on its own; this covers the others.
 */
export async function sweepDeliveries(): Promise<number> {
  return wakeDueChannels();
}
