import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * The first use of an `Idempotency-Key`: who sent it, on which route and with which body, and for
 * a creating request its answer. A key belongs to that use; the app role may only read and add
 * rows. Neither the key nor the answer is readable here: the key is kept as its hash, and the
 * answer sealed with a key only the key's holder can derive (see the API's sealed answers).
 */
@Entity({ name: 'idempotency_keys' })
export class IdempotencyKeyEntity {
  /** SHA-256 (hex) of the key as the caller sent it. */
  @PrimaryColumn({
    name: 'key_sha256',
    type: 'char',
    length: 64,
    primaryKeyConstraintName: 'pk_idempotency_keys',
  })
  keySha256!: string;

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

  /** SHA-256 (hex) of the body: its canonical JSON, or the bytes of a streamed (CSV) body. */
  @Column({ name: 'body_sha256', type: 'char', length: 64 })
  bodySha256!: string;

  /**
   * The first answer's body, sealed (AES-256-GCM); recorded in the transaction of the request's
   * writes. Null for cycle commands, whose first answer Temporal keeps.
   */
  @Column({ type: 'bytea', nullable: true })
  answer!: Buffer | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
