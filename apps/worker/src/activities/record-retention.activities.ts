import { Injectable, Logger } from '@nestjs/common';
import type { PrunedRecords, RetentionActivities, RetentionPeriods } from '@app/domain';
import { RecordRetentionRepository } from '@app/persistence';

/** Prunes what is kept only a while: idempotency keys and delivered messages. */
@Injectable()
export class RecordRetentionActivities implements RetentionActivities {
  private readonly logger = new Logger('Retention');

  constructor(private readonly retention: RecordRetentionRepository) {}

  async deleteExpiredRecords(periods: RetentionPeriods): Promise<PrunedRecords> {
    const pruned = {
      idempotencyKeys: await this.retention.pruneIdempotencyKeys(periods.idempotencyKeys),
      deliveredMessages: await this.retention.pruneDeliveredMessages(periods.deliveredMessages),
    };
    this.logger.log({ msg: 'pruned expired records', periods, pruned });
    return pruned;
  }
}
