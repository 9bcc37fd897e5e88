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
 * Best effort after the change committed: a lost wake is caught by the workflow's own recheck.
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
      await this.signal(channels);
    } catch (error) {
      this.warn(`could not wake deliveries of ${channels.join(', ')}: ${String(error)}`);
    }
  }

  private async signal(channels: readonly DeliveryChannel[]): Promise<void> {
    await Promise.all(
      channels.map((channel) =>
        this.client.workflow.signalWithStart(MESSAGE_DELIVERIES_WORKFLOW, {
          workflowId: messageDeliveriesWorkflowId(channel),
          taskQueue: deliveriesTaskQueue(this.taskQueue),
          args: [channel],
          signal: WAKE_DELIVERIES_SIGNAL,
          signalArgs: [],
        }),
      ),
    );
  }
}
