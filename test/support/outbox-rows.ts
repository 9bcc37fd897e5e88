import { randomUUID } from 'node:crypto';
import type { DeliveryChannel } from '@app/domain';
import { webhookChannel } from '@app/domain';
import { queryDatabase } from './database';

/**
 * Messages and deliveries as the outbox would have left them some hours ago, written as an
 * operator with psql would: ages are PostgreSQL intervals before now (`'5 hours'`).
 */
export class OutboxRows {
  readonly endpointIds: string[] = [];
  readonly messageIds: string[] = [];

  /** A live webhook endpoint subscribed to nothing (no other test's cycle writes to it); its channel. */
  async endpoint(url = 'https://hooks.example.test/in'): Promise<DeliveryChannel> {
    const id = randomUUID();
    await queryDatabase(
      `INSERT INTO webhook_endpoints (id, url, events, secret, created_by)
       VALUES ($1, $2, '[]', $3, 'outbox-rows')`,
      [id, url, `whsec_${Buffer.alloc(32, 5).toString('base64')}`],
    );
    this.endpointIds.push(id);
    return webhookChannel(id);
  }

  /** A message written `age` ago; its id. */
  async message(age: string, cycleId: string | null = null): Promise<string> {
    const id = randomUUID();
    await queryDatabase(
      `INSERT INTO outbound_messages (id, source_key, type, cycle_id, body, created_at)
       VALUES ($1, $2, 'cycle.started', $3, $4, now() - $5::interval)`,
      [id, `outbox-rows:${id}`, cycleId, JSON.stringify(messageBody(cycleId)), age],
    );
    this.messageIds.push(id);
    return id;
  }

  /**
   * A delivery of `messageId` on `channel`: delivered `deliveredAgo` ago, failed, or pending
   * with its next attempt `nextAttemptIn` from now (negative: overdue).
   */
  async delivery(
    messageId: string,
    channel: DeliveryChannel,
    state:
      | { status: 'delivered'; deliveredAgo: string }
      | { status: 'failed' }
      | { status: 'pending'; nextAttemptIn: string },
  ): Promise<string> {
    const id = randomUUID();
    const endpointId = channel.startsWith('webhook:') ? channel.slice('webhook:'.length) : null;
    await queryDatabase(
      `INSERT INTO message_deliveries
         (id, message_id, channel, endpoint_id, cycle_id, status, attempts, attempt_limit,
          next_attempt_at, delivered_at, created_at)
       SELECT $1, m.id, $3, $4, m.cycle_id, $5::varchar, CASE WHEN $5::varchar = 'pending' THEN 0 ELSE 1 END, 8,
              now() + $6::interval, now() - $7::interval, m.created_at
         FROM outbound_messages m WHERE m.id = $2`,
      [
        id,
        messageId,
        channel,
        endpointId,
        state.status,
        state.status === 'pending' ? state.nextAttemptIn : null,
        state.status === 'delivered' ? state.deliveredAgo : null,
      ],
    );
    return id;
  }

  /** Whether each message still exists, by id. */
  async remaining(messageIds: string[]): Promise<Set<string>> {
    const rows = await queryDatabase<{ id: string }>(
      'SELECT id FROM outbound_messages WHERE id = ANY($1::uuid[])',
      [messageIds],
    );
    return new Set(rows.map((row) => row.id));
  }

  /** Takes every row it wrote away again (the database is shared with other test files). */
  async remove(): Promise<void> {
    await queryDatabase('DELETE FROM message_deliveries WHERE message_id = ANY($1::uuid[])', [
      this.messageIds,
    ]);
    await queryDatabase('DELETE FROM message_deliveries WHERE endpoint_id = ANY($1::uuid[])', [
      this.endpointIds,
    ]);
    await queryDatabase('DELETE FROM outbound_messages WHERE id = ANY($1::uuid[])', [
      this.messageIds,
    ]);
    await queryDatabase('DELETE FROM webhook_endpoints WHERE id = ANY($1::uuid[])', [
      this.endpointIds,
    ]);
  }
}

function messageBody(cycleId: string | null) {
  return { type: 'cycle.started', timestamp: new Date().toISOString(), data: { cycleId } };
}
