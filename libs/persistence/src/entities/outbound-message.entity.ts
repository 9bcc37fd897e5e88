import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The transactional outbox: one message per notification a recorded change causes, written in
 * the transaction that records the change. Its id is the `webhook-id` of every attempt.
 */
@Entity({ name: 'outbound_messages' })
@Index('ix_outbound_messages_created', ['createdAt'])
export class OutboundMessageEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_outbound_messages' })
  id!: string;

  /** The audit event behind it and the message type: a retried recording adds nothing. */
  @Index('uq_outbound_messages_source', { unique: true })
  @Column({ name: 'source_key', type: 'varchar', length: 300 })
  sourceKey!: string;

  @Column({ type: 'varchar', length: 60 })
  type!: string;

  @Column({ name: 'cycle_id', type: 'uuid', nullable: true })
  cycleId!: string | null;

  /** The JSON body as sent, `{ type, timestamp, data }`. */
  @Column({ type: 'jsonb' })
  body!: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
