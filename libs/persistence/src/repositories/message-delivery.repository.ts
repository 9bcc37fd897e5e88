import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { DeliveryChannel } from '@app/domain';
import { MessageDeliveryEntity } from '../entities/message-delivery.entity';
import type { Page, PageRequest } from '../pagination';
import { inKeysetOrder, toPage } from '../pagination';

/** A delivery due now, with what is sent. */
export interface DueDelivery {
  id: string;
  messageId: string;
  attempts: number;
  attemptLimit: number;
  recipients: string[] | null;
  body: Record<string, unknown>;
  createdAt: Date;
}

export type AttemptOutcome =
  | { delivered: true; statusCode: number | null; response: string | null }
  | {
      delivered: false;
      statusCode: number | null;
      response: string | null;
      nextAttemptAt: Date | null;
    };

/** A delivery as its endpoint's admin sees it: with the message's type. */
export type DeliveryView = MessageDeliveryEntity & { type: string };

const RESPONSE_KEPT = 1024;

/** Each cycle's first pending delivery on channel `$1`: what may be sent, in order per cycle. */
const PENDING_HEADS = `SELECT DISTINCT ON (COALESCE(cycle_id, id)) *
   FROM message_deliveries WHERE channel = $1 AND status = 'pending'
  ORDER BY COALESCE(cycle_id, id), seq`;

/** Messages on their way: what is due per channel, each attempt's outcome, redeliveries. */
@Injectable()
export class MessageDeliveryRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The deliveries due on `channel` that are first in line for their cycle: a cycle's later
   * message waits while an earlier one is retried, so each receiver sees a cycle's story in order.
   * Due by the database's clock, which also stamped the new ones.
   */
  async dueHeads(channel: DeliveryChannel, limit: number): Promise<DueDelivery[]> {
    const rows = await this.dataSource.query<
      {
        id: string;
        message_id: string;
        attempts: number;
        attempt_limit: number;
        recipients: string[] | null;
        body: Record<string, unknown>;
        created_at: Date;
      }[]
    >(
      `SELECT d.id, d.message_id, d.attempts, d.attempt_limit, d.recipients, m.body, d.created_at
         FROM (${PENDING_HEADS}) AS d
         JOIN outbound_messages m ON m.id = d.message_id
        WHERE d.next_attempt_at <= now()
        ORDER BY d.seq LIMIT $2`,
      [channel, limit],
    );
    return rows.map((row) => ({
      id: row.id,
      messageId: row.message_id,
      attempts: row.attempts,
      attemptLimit: row.attempt_limit,
      recipients: row.recipients,
      body: row.body,
      createdAt: row.created_at,
    }));
  }

  /** When the earliest of the channel's first-in-line deliveries is due; null: none waits. */
  async nextAttemptAt(channel: DeliveryChannel): Promise<Date | null> {
    const [row] = await this.dataSource.query<{ at: Date | null }[]>(
      `SELECT min(next_attempt_at) AS at
         FROM (${PENDING_HEADS}) AS heads`,
      [channel],
    );
    return row?.at ?? null;
  }

  /** The channels with messages still to send. */
  async waitingChannels(): Promise<DeliveryChannel[]> {
    const rows = await this.dataSource.query<{ channel: DeliveryChannel }[]>(
      `SELECT DISTINCT channel FROM message_deliveries WHERE status = 'pending'`,
    );
    return rows.map((row) => row.channel);
  }

  /**
   * The channels where some cycle's first-in-line delivery is due now: each should be under way,
   * so the sweep wakes them. One waiting behind a retry, or retried later, is not due.
   */
  async dueChannels(): Promise<DeliveryChannel[]> {
    const rows = await this.dataSource.query<{ channel: DeliveryChannel }[]>(
      `SELECT DISTINCT channel FROM (
         SELECT DISTINCT ON (channel, COALESCE(cycle_id, id)) channel, next_attempt_at
           FROM message_deliveries WHERE status = 'pending'
          ORDER BY channel, COALESCE(cycle_id, id), seq) AS heads
        WHERE next_attempt_at <= now()`,
    );
    return rows.map((row) => row.channel);
  }

  /** Records one attempt; a delivery no longer pending (its endpoint deleted) stays as it is. */
  async recordAttempt(id: string, outcome: AttemptOutcome, at: Date): Promise<void> {
    const response = outcome.response?.slice(0, RESPONSE_KEPT) ?? null;
    const status = outcome.delivered ? 'delivered' : outcome.nextAttemptAt ? 'pending' : 'failed';
    const next = outcome.delivered ? null : outcome.nextAttemptAt;
    await this.dataSource.query(
      `UPDATE message_deliveries
          SET attempts = attempts + 1, status = $2, last_status_code = $3, last_response = $4,
              next_attempt_at = $5, delivered_at = $6
        WHERE id = $1 AND status = 'pending'`,
      [id, status, outcome.statusCode, response, next, outcome.delivered ? at : null],
    );
  }

  /** An endpoint's deliveries, oldest first. */
  async listForEndpoint(endpointId: string, page: PageRequest): Promise<Page<DeliveryView>> {
    const query = this.dataSource
      .getRepository(MessageDeliveryEntity)
      .createQueryBuilder('delivery')
      .innerJoin('delivery.message', 'message')
      .addSelect('message.type')
      .where('delivery.endpoint_id = :endpointId', { endpointId });
    const { entities, raw } = await inKeysetOrder(query, 'delivery', page).getRawAndEntities<{
      message_type: string;
    }>();
    const items = entities.map((entity, index) =>
      Object.assign(entity, { type: raw[index]?.message_type ?? '' }),
    );
    return toPage(items, page.limit);
  }

  findForEndpoint(endpointId: string, id: string): Promise<MessageDeliveryEntity | null> {
    return this.dataSource.getRepository(MessageDeliveryEntity).findOneBy({ id, endpointId });
  }

  /** Sends it once more, whatever became of it: one attempt, due now. */
  async redeliver(id: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE message_deliveries
          SET status = 'pending', next_attempt_at = now(), attempt_limit = attempts + 1
        WHERE id = $1`,
      [id],
    );
  }
}
