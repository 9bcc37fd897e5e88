import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * Where an admin asked for messages to be sent. Deleting one keeps the row (its deliveries name
 * it) and stops every delivery to it.
 */
@Entity({ name: 'webhook_endpoints' })
export class WebhookEndpointEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_webhook_endpoints' })
  id!: string;

  @Column({ type: 'varchar', length: 2000 })
  url!: string;

  /** The message types it is sent. */
  @Column({ type: 'jsonb' })
  events!: string[];

  @Column({ type: 'varchar', length: 500, nullable: true })
  description!: string | null;

  /**
   * `whsec_` + base64: kept as it is, because signing needs the key itself. Only the database's
   * own access rules protect it; shown to its admin once.
   */
  @Column({ type: 'varchar', length: 200 })
  secret!: string;

  /** The secret before the latest rotation, still signing beside the new one until it expires. */
  @Column({ name: 'previous_secret', type: 'varchar', length: 200, nullable: true })
  previousSecret!: string | null;

  @Column({ name: 'previous_secret_expires_at', type: 'timestamptz', precision: 3, nullable: true })
  previousSecretExpiresAt!: Date | null;

  @Column({ name: 'created_by', type: 'varchar', length: 200 })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'deleted_at', type: 'timestamptz', precision: 3, nullable: true })
  deletedAt!: Date | null;
}
