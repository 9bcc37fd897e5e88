import { randomUUID } from 'node:crypto';
import type { DeliveryChannel, DeliveryRound } from '@app/domain';
import {
  MESSAGE_DELIVERIES_WORKFLOW,
  messageDeliveriesWorkflowId,
  WAKE_DELIVERIES_SIGNAL,
  webhookChannel,
} from '@app/domain';
import { waitUntil } from '@app/local-stack';
import { recordHistoryIfAsked } from '../support/record-history';
import type { StubbedCycleWorker } from '../support/stubbed-cycle-worker';
import { recordingActivities, startStubbedCycleWorker } from '../support/stubbed-cycle-worker';

describe('the workflow that delivers one channel’s messages', () => {
  const taskQueue = `deliveries-test-${randomUUID()}`;
  let temporal: StubbedCycleWorker;
  /** The rounds each channel's activity will answer, in order; then it answers `closed`. */
  const script = new Map<DeliveryChannel, DeliveryRound[]>();
  const rounds: { channel: DeliveryChannel; at: number }[] = [];

  beforeAll(async () => {
    temporal = await startStubbedCycleWorker(taskQueue, {
      ...recordingActivities(new Map()),
      deliverDueMessages: async (channel) => {
        rounds.push({ channel, at: Date.now() });
        return script.get(channel)?.shift() ?? { closed: true, attempted: 0, nextAttemptAt: null };
      },
    });
  });
  afterAll(() => temporal.close());

  it('sends again when a retry falls due or a wake arrives, and ends once its endpoint is gone', async () => {
    const channel = webhookChannel(randomUUID());
    const retryIn = 1_000;
    script.set(channel, [
      // A message failed: its retry is due in a second.
      { closed: false, attempted: 1, nextAttemptAt: new Date(Date.now() + retryIn).toISOString() },
      // Nothing waits: the workflow sleeps until woken (or its minute's recheck).
      { closed: false, attempted: 1, nextAttemptAt: null },
    ]);
    const handle = await temporal.client.workflow.start(MESSAGE_DELIVERIES_WORKFLOW, {
      workflowId: messageDeliveriesWorkflowId(channel),
      taskQueue,
      args: [channel],
    });
    await waitUntil(
      'the retry round',
      async () => rounds.filter((r) => r.channel === channel).length >= 2,
      {
        timeoutMs: 10_000,
        intervalMs: 20,
      },
    );
    const [first, second] = rounds.filter((round) => round.channel === channel);
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(retryIn - 100);

    // New messages wait: the wake starts a round at once, which finds the endpoint deleted.
    await handle.signal(WAKE_DELIVERIES_SIGNAL);
    await handle.result();
    expect(rounds.filter((round) => round.channel === channel)).toHaveLength(3);
    await recordHistoryIfAsked(handle.workflowId, 'message-deliveries-retry-wake-closed');
  });
});
