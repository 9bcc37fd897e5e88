import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * The first use of an `Idempotency-Key`: who sent it, on which route and with which body. A key
 * belongs to that use; the app role may only read and add rows.
 */
@Entity({ name: 'idempotency_keys' })
export class IdempotencyKeyEntity {
  @PrimaryColumn({ type: 'varchar', length: 200, primaryKeyConstraintName: 'pk_idempotency_keys' })
  key!: string;

  /** The token's `sub`. */
  @Column({ name: 'caller_id', type: 'varchar', length: 200 })
  callerId!: string;

  @Column({ type: 'varchar', length: 16 })
  method!: string;

  /** The route's path template, e.g. `/v1/cycles/:id/decisions`. */
  @Column({ name: 'route', type: 'text' })
  route!: string;

  /** The resolved path, e.g. `/v1/cycles/<id>/decisions`. */
  @Column({ type: 'text' })
  path!: string;

  /** SHA-256 (hex) of the body's canonical JSON. */
  @Column({ name: 'body_sha256', type: 'char', length: 64 })
  bodySha256!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
