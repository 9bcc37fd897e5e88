import type { Client } from '@temporalio/client';
import type { DeliveryChannel } from '@app/domain';
import {
  MESSAGE_DELIVERIES_WORKFLOW,
  messageDeliveriesWorkflowId,
  WAKE_DELIVERIES_SIGNAL,
} from '@app/domain';

/** The task queue of the delivery workflows: their own, so slow receivers never hold up cycles. */
export const deliveriesTaskQueue = (taskQueue: string) => `${taskQueue}-deliveries`;

/**
 * Tells a channel's delivery workflow that messages wait, starting it when it is not running.
 * Best effort after the change committed: a lost wake is caught by the workflow's own recheck,
 * or, when the workflow never started, by the scheduled sweep.
 */
export class DeliveryWaker {
  /** `warn` hears of a wake that failed; the wake itself never throws. */
  constructor(
    private readonly client: Client,
    private readonly taskQueue: string,
    private readonly warn: (message: string) => void,
  ) {}

  async wake(channels: readonly DeliveryChannel[]): Promise<void> {
    try {
      await this.wakeEach(channels);
    } catch (error) {
      this.warn(error instanceof Error ? error.message : String(error));
    }
  }

  /** Wakes every channel, each on its own; then throws if any could not be woken. */
  async wakeEach(channels: readonly DeliveryChannel[]): Promise<void> {
    const results = await Promise.allSettled(channels.map((channel) => this.signal(channel)));
    const failed = channels.filter((_, index) => results[index]?.status === 'rejected');
    const first = results.find(
      (result): result is PromiseRejectedResult => result.status === 'rejected',
    );
    if (first) {
      throw new Error(`could not wake deliveries of ${failed.join(', ')}: ${String(first.reason)}`);
    }
  }

  private async signal(channel: DeliveryChannel): Promise<void> {
    await this.client.workflow.signalWithStart(MESSAGE_DELIVERIES_WORKFLOW, {
      workflowId: messageDeliveriesWorkflowId(channel),
      taskQueue: deliveriesTaskQueue(this.taskQueue),
      args: [channel],
      signal: WAKE_DELIVERIES_SIGNAL,
      signalArgs: [],
    });
  }
}
