import { Injectable } from '@nestjs/common';
import type { DeliverySweepActivities } from '@app/domain';
import { MessageDeliveryRepository } from '@app/persistence';
import { WorkerDeliveryWaker } from './worker-delivery-waker';

/** Wakes the channels with a delivery due, for the scheduled sweep. */
@Injectable()
export class ChannelSweepActivities implements DeliverySweepActivities {
  constructor(
    private readonly deliveries: MessageDeliveryRepository,
    private readonly waker: WorkerDeliveryWaker,
  ) {}

  async wakeDueChannels(): Promise<number> {
    const channels = await this.deliveries.dueChannels();
    await this.waker.wakeEach(channels);
    return channels.length;
  }
}
