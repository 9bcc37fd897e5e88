import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { AreaEntity } from './area.entity';

@Entity({ name: 'services' })
@Unique('uq_services_name', ['name'])
@Check('ck_services_provider_kind', `"provider_kind" = 'back'`)
@Check('ck_services_retired', `("retired_at" IS NULL) = ("retired_reason" IS NULL)`)
@Check(
  'ck_services_criteria',
  `"strategy_impact" BETWEEN 1 AND 5 AND "margins_involved" BETWEEN 1 AND 5 AND "ease_of_transformation" BETWEEN 1 AND 5`,
)
export class ServiceEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_services' })
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Index('ix_services_provider_area')
  @Column({ name: 'provider_area_id', type: 'uuid' })
  providerAreaId!: string;

  /** Always 'back': with the composite key below, only a back area can provide a service. */
  @Column({ name: 'provider_kind', type: 'varchar', length: 16, default: 'back' })
  providerKind!: 'back';

  @ManyToOne(() => AreaEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    {
      name: 'provider_area_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'fk_services_provider_back_area',
    },
    {
      name: 'provider_kind',
      referencedColumnName: 'kind',
      foreignKeyConstraintName: 'fk_services_provider_back_area',
    },
  ])
  providerArea?: AreaEntity;

  /** The weighted rule's criteria for prioritization, each 1 (low) to 5 (high); null until rated. */
  @Column({ name: 'strategy_impact', type: 'smallint', nullable: true })
  strategyImpact!: number | null;

  @Column({ name: 'margins_involved', type: 'smallint', nullable: true })
  marginsInvolved!: number | null;

  @Column({ name: 'ease_of_transformation', type: 'smallint', nullable: true })
  easeOfTransformation!: number | null;

  @Column({ name: 'standard_description', type: 'text', nullable: true })
  standardDescription!: string | null;

  @Column({ name: 'standard_response_time_hours', type: 'double precision', nullable: true })
  standardResponseTimeHours!: number | null;

  @Column({ type: 'boolean', default: false })
  critical!: boolean;

  /** 1 when created, one more with each change: what ETag and If-Match name. */
  @Column({ type: 'integer', default: 1 })
  version!: number;

  /** When the service was shut down, and why: out of the ranking and the matrix, no new cycle. */
  @Column({ name: 'retired_at', type: 'timestamptz', precision: 3, nullable: true })
  retiredAt!: Date | null;

  @Column({ name: 'retired_reason', type: 'text', nullable: true })
  retiredReason!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
