import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A touchpoint where a front area serves the customer, backed by internal services. */
export interface JourneyTouchpoint {
  id: string;
  name: string;
  frontAreaId: string;
  serviceIds: string[];
}

export interface JourneyStage {
  name: string;
  touchpoints: JourneyTouchpoint[];
}

/**
 * A customer's journey, stage by stage: where front areas serve the customer and which internal
 * services back each touchpoint. Priorities count the touchpoints a service backs.
 */
@Entity({ name: 'journeys' })
export class JourneyEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_journeys' })
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** The customer segment the journey is of; null: every customer. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  segment!: string | null;

  @Column({ type: 'jsonb' })
  stages!: JourneyStage[];

  @Column({ name: 'created_by', type: 'varchar', length: 200 })
  createdBy!: string;

  /** 1 when created, one more with each change: what ETag and If-Match name. */
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
