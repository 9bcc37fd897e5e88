import { Column, Entity, Index, PrimaryColumn, Unique } from 'typeorm';

/**
 * The append-only audit trail: one row per accepted command or timer-driven transition, chained
 * per `chain` by `prev_hash` and `hash`.
 */
@Entity({ name: 'audit_events' })
@Unique('uq_audit_events_event_key', ['eventKey'])
@Index('ix_audit_events_cycle', ['cycleId', 'seq'])
// A catalog entity's changes by action and id (`data->>'id'`), for reading it as it stood: an
// expression index, written in its migration, that TypeORM leaves alone.
@Index('ix_audit_events_catalog_changes', { synchronize: false })
export class AuditEventEntity {
  @PrimaryColumn({ type: 'varchar', length: 100, primaryKeyConstraintName: 'pk_audit_events' })
  chain!: string;

  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'pk_audit_events' })
  seq!: number;

  /** Makes recording idempotent: a retried activity finds its event already there. */
  @Column({ name: 'event_key', type: 'varchar', length: 200 })
  eventKey!: string;

  @Column({ name: 'cycle_id', type: 'uuid', nullable: true })
  cycleId!: string | null;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ name: 'actor_id', type: 'varchar', length: 200 })
  actorId!: string;

  @Column({ name: 'actor_roles', type: 'jsonb' })
  actorRoles!: string[];

  @Column({ type: 'varchar', length: 64 })
  action!: string;

  @Column({ type: 'varchar', length: 32, nullable: true })
  stage!: string | null;

  @Column({ type: 'jsonb' })
  data!: Record<string, unknown>;

  /** The HTTP request that caused it; null for timer-driven events. */
  @Column({ name: 'request_id', type: 'varchar', length: 100, nullable: true })
  requestId!: string | null;

  @Column({ name: 'prev_hash', type: 'char', length: 64 })
  prevHash!: string;

  @Column({ type: 'char', length: 64 })
  hash!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' })
  recordedAt!: Date;
}
