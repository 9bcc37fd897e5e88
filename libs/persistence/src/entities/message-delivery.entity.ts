import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';
import { OutboundMessageEntity } from './outbound-message.entity';
import { WebhookEndpointEntity } from './webhook-endpoint.entity';

/**
 * One message on its way to one channel (a webhook endpoint, or mail): its attempts so far and
 * when the next is due. Sent oldest first per cycle (`seq`).
 */
@Entity({ name: 'message_deliveries' })
@Check('ck_message_deliveries_status', `"status" IN ('pending', 'delivered', 'failed')`)
@Index('ix_message_deliveries_waiting', ['channel', 'seq'], { where: `"status" = 'pending'` })
@Index('ix_message_deliveries_channel', ['channel', 'createdAt'])
@Index('ix_message_deliveries_message', ['messageId'])
export class MessageDeliveryEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_message_deliveries' })
  id!: string;

  /** Commit order within a cycle: what a channel sends first. */
  @Column({ type: 'bigint', generated: 'increment' })
  seq!: string;

  @Column({ name: 'message_id', type: 'uuid' })
  messageId!: string;

  /** `webhook:<endpoint id>` or `email`. */
  @Column({ type: 'varchar', length: 60 })
  channel!: string;

  @Column({ name: 'endpoint_id', type: 'uuid', nullable: true })
  endpointId!: string | null;

  @ManyToOne(() => OutboundMessageEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'message_id', foreignKeyConstraintName: 'fk_message_deliveries_message' })
  message?: OutboundMessageEntity;

  @ManyToOne(() => WebhookEndpointEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'endpoint_id', foreignKeyConstraintName: 'fk_message_deliveries_endpoint' })
  endpoint?: WebhookEndpointEntity;

  /** Mail: the addresses, resolved when the change was recorded. */
  @Column({ type: 'jsonb', nullable: true })
  recipients!: string[] | null;

  @Column({ name: 'cycle_id', type: 'uuid', nullable: true })
  cycleId!: string | null;

  @Column({ type: 'varchar', length: 20, default: 'pending' })
  status!: 'pending' | 'delivered' | 'failed';

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  /** How many attempts it may take: the retry schedule's length, or one more on a redelivery. */
  @Column({ name: 'attempt_limit', type: 'integer' })
  attemptLimit!: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', precision: 3, nullable: true })
  nextAttemptAt!: Date | null;

  @Column({ name: 'last_status_code', type: 'integer', nullable: true })
  lastStatusCode!: number | null;

  /** The last answer's first KiB, or why the attempt failed without one. */
  @Column({ name: 'last_response', type: 'varchar', length: 1024, nullable: true })
  lastResponse!: string | null;

  @Column({ name: 'delivered_at', type: 'timestamptz', precision: 3, nullable: true })
  deliveredAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
