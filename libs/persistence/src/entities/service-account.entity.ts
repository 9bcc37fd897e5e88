import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * An integration's identity: its key is shown once when created and kept only as a SHA-256 hash
 * (of 256 random bits: no dictionary to try, so a slow hash would add cost and no safety).
 */
@Entity({ name: 'service_accounts' })
@Unique('uq_service_accounts_key_sha256', ['keySha256'])
export class ServiceAccountEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_service_accounts' })
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** The product roles its key grants. */
  @Column({ type: 'jsonb' })
  roles!: string[];

  /** SHA-256 (hex) of the whole key, `ica_` prefix included. */
  @Column({ name: 'key_sha256', type: 'char', length: 64, select: false })
  keySha256!: string;

  @Column({ name: 'created_by', type: 'varchar', length: 200 })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  /** When its key was last used, to the minute (one write a minute at most). */
  @Column({ name: 'last_used_at', type: 'timestamptz', precision: 3, nullable: true })
  lastUsedAt!: Date | null;

  /** Set when deleted: the key answers 401 from then on; the row stays for the audit trail. */
  @Column({ name: 'revoked_at', type: 'timestamptz', precision: 3, nullable: true })
  revokedAt!: Date | null;
}
