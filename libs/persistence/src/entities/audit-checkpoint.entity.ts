import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  Unique,
} from 'typeorm';

/**
 * A chain's head, signed when it was written: append-only like the events. A chain that later
 * loses rows, or has them rewritten, no longer reaches what its checkpoints signed.
 */
@Entity({ name: 'audit_checkpoints' })
@Unique('uq_audit_checkpoints_chain_seq', ['chain', 'seq'])
@Index('ix_audit_checkpoints_at', ['at', 'id'])
export class AuditCheckpointEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_audit_checkpoints' })
  id!: string;

  @Column({ type: 'varchar', length: 100 })
  chain!: string;

  @Column({ type: 'integer' })
  seq!: number;

  @Column({ name: 'head_hash', type: 'char', length: 64 })
  headHash!: string;

  @Column({ type: 'timestamptz', precision: 3 })
  at!: Date;

  @Column({ type: 'varchar', length: 100 })
  kid!: string;

  @Column({ type: 'text' })
  signature!: string;

  /** The previous checkpoint's statement digest; null for a chain's first, or when unlinked. */
  @Column({ type: 'char', length: 64, nullable: true })
  prev!: string | null;

  /** Whether the statement signed states `prev`: false for checkpoints signed before links. */
  @Column({ type: 'boolean', default: false })
  linked!: boolean;
}

/** Every public key that ever signed a checkpoint: kept after a rotation, so old ones verify. */
@Entity({ name: 'audit_signing_keys' })
export class AuditSigningKeyEntity {
  @PrimaryColumn({
    type: 'varchar',
    length: 100,
    primaryKeyConstraintName: 'pk_audit_signing_keys',
  })
  kid!: string;

  @Column({ name: 'public_jwk', type: 'jsonb' })
  publicJwk!: Record<string, string>;

  /** When it was published: the start of its window. */
  @Column({ name: 'first_used_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  firstUsedAt!: Date;

  /** The workers it signs for (their task queue): a new key there replaces the others. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  signer!: string | null;
}

/**
 * The end of a key's window, added and never changed: replaced by a newer key of its signer, or
 * revoked by an admin, with the time from which its signatures are void.
 */
@Entity({ name: 'audit_key_retirements' })
@Unique('uq_audit_key_retirements_kid_kind', ['kid', 'kind'])
@Check('ck_audit_key_retirements_kind', `"kind" IN ('replaced', 'revoked')`)
@Check(
  'ck_audit_key_retirements_compromised',
  `"kind" = 'replaced' OR "compromised_since" IS NOT NULL`,
)
export class AuditKeyRetirementEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_audit_key_retirements' })
  id!: string;

  @ManyToOne(() => AuditSigningKeyEntity, { nullable: false })
  @JoinColumn({
    name: 'kid',
    referencedColumnName: 'kid',
    foreignKeyConstraintName: 'fk_audit_key_retirements_kid',
  })
  key?: AuditSigningKeyEntity;

  @Column({ type: 'varchar', length: 100 })
  kid!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: 'replaced' | 'revoked';

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  at!: Date;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ name: 'compromised_since', type: 'timestamptz', precision: 3, nullable: true })
  compromisedSince!: Date | null;

  @Column({ name: 'replaced_by', type: 'varchar', length: 100, nullable: true })
  replacedBy!: string | null;
}

/** A head the signer would not sign: the events since the last checkpoint do not lead to it. */
@Entity({ name: 'audit_checkpoint_refusals' })
@Index('ix_audit_checkpoint_refusals_at', ['at'])
export class AuditCheckpointRefusalEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_audit_checkpoint_refusals' })
  id!: string;

  @Column({ type: 'varchar', length: 100 })
  chain!: string;

  @Column({ name: 'head_seq', type: 'integer' })
  headSeq!: number;

  @Column({ name: 'head_hash', type: 'char', length: 64 })
  headHash!: string;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  at!: Date;
}
