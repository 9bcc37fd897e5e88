import {
  condition,
  continueAsNew,
  defineSignal,
  proxyActivities,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import type { DeliveryActivities, DeliveryChannel } from '@app/domain';
import { WAKE_DELIVERIES_SIGNAL } from '@app/domain';

/**
 * A round sends for at most about 20 seconds plus one 10-second attempt; a dead worker is
 * noticed by its heartbeat. A database outage is retried, backing off to a minute.
 */
const { deliverDueMessages } = proxyActivities<DeliveryActivities>({
  startToCloseTimeout: '2 minutes',
  heartbeatTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

export const wakeDeliveries = defineSignal(WAKE_DELIVERIES_SIGNAL);

/** However quiet a channel is, it looks for waiting messages this often: a lost wake costs this. */
const RECHECK_MS = 60_000;
/** A round that sent nothing although something was due (clocks apart) waits at least this. */
const IDLE_ROUND_MS = 1_000;

/**
 * Delivers one channel's messages (a webhook endpoint's, or mail): a workflow per channel, so a
 * slow or failing receiver delays only its own messages, and each cycle's messages leave in
 * order. The retry schedule lives in the database (`next_attempt_at`), where admins see it; the
 * workflow sleeps until the next attempt is due or a wake signal says new messages wait.
 */
export async function messageDeliveries(channel: DeliveryChannel): Promise<void> {
  let wakes = 0;
  setHandler(wakeDeliveries, () => {
    wakes += 1;
  });
  for (;;) {
    const seen = wakes;
    const round = await deliverDueMessages(channel);
    if (round.closed) {
      return;
    }
    const untilNext = round.nextAttemptAt
      ? Date.parse(round.nextAttemptAt) - Date.now()
      : RECHECK_MS;
    const floor = round.attempted === 0 ? IDLE_ROUND_MS : 0;
    const wait = Math.min(Math.max(untilNext, floor), RECHECK_MS);
    if (wait > 0) {
      await condition(() => wakes !== seen, wait);
    }
    if (workflowInfo().continueAsNewSuggested) {
      await continueAsNew<typeof messageDeliveries>(channel);
    }
  }
}
