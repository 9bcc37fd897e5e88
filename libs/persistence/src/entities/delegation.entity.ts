import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A manager's time-boxed grant to another person to decide in their place. Deleting one revokes
 * it: the row stays, for the audit trail and for the decisions made under it.
 */
@Entity({ name: 'delegations' })
@Check('ck_delegations_window', `"ends_at" > "starts_at"`)
@Check('ck_delegations_other_person', `"delegate_id" <> "delegator_id"`)
@Index('ix_delegations_delegate', ['delegateId', 'endsAt'], { where: `"revoked_at" IS NULL` })
export class DelegationEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_delegations' })
  id!: string;

  /** The manager who delegates. */
  @Column({ name: 'delegator_id', type: 'varchar', length: 200 })
  delegatorId!: string;

  @Column({ name: 'delegate_id', type: 'varchar', length: 200 })
  delegateId!: string;

  @Column({ name: 'starts_at', type: 'timestamptz', precision: 3 })
  startsAt!: Date;

  @Column({ name: 'ends_at', type: 'timestamptz', precision: 3 })
  endsAt!: Date;

  @Column({ type: 'text' })
  reason!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', precision: 3, nullable: true })
  revokedAt!: Date | null;

  @Column({ name: 'revoked_by', type: 'varchar', length: 200, nullable: true })
  revokedBy!: string | null;
}
