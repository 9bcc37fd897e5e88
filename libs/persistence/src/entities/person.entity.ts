import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * A person the product knows: from the tokens they signed in with (`sub`, `name`, `email`), or
 * entered by an admin before they first did. Initiative owners and approvers are these ids.
 */
@Entity({ name: 'people' })
export class PersonEntity {
  /** The `sub` of their tokens. */
  @PrimaryColumn({ type: 'varchar', length: 200, primaryKeyConstraintName: 'pk_people' })
  id!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  name!: string | null;

  @Column({ type: 'varchar', length: 320, nullable: true })
  email!: string | null;

  /** The product roles of their latest token; none for someone who never signed in. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  roles!: string[];

  /** When they last signed in (as of this process's first sight of a change); null: never. */
  @Column({ name: 'last_seen_at', type: 'timestamptz', precision: 3, nullable: true })
  lastSeenAt!: Date | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
