import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The head of each audit chain; locking its row serializes appends (no gaps, no forks). */
@Entity({ name: 'audit_chains' })
export class AuditChainEntity {
  @PrimaryColumn({ type: 'varchar', length: 100, primaryKeyConstraintName: 'pk_audit_chains' })
  chain!: string;

  @Column({ name: 'head_seq', type: 'integer' })
  headSeq!: number;

  @Column({ name: 'head_hash', type: 'char', length: 64 })
  headHash!: string;
}
