import { Column, Entity, Index, PrimaryColumn, Unique } from 'typeorm';

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

  @Column({ name: 'first_used_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  firstUsedAt!: Date;
}
