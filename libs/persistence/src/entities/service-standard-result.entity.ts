import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { ServiceEntity } from './service.entity';

/** How many requests a service had in a quarter, and how many it met its promised standard for. */
@Entity({ name: 'service_standard_results' })
@Unique('uq_service_standard_results_period', ['serviceId', 'period'])
@Check('ck_service_standard_results_period', `"period" ~ '^[0-9]{4}-Q[1-4]$'`)
@Check(
  'ck_service_standard_results_counts',
  `"requests" >= 0 AND "within_standard" >= 0 AND "within_standard" <= "requests"`,
)
export class ServiceStandardResultEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_service_standard_results' })
  id!: string;

  @Column({ name: 'service_id', type: 'uuid' })
  serviceId!: string;

  @ManyToOne(() => ServiceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'service_id',
    foreignKeyConstraintName: 'fk_service_standard_results_service',
  })
  service?: ServiceEntity;

  @Column({ type: 'varchar', length: 7 })
  period!: string;

  @Column({ type: 'integer' })
  requests!: number;

  @Column({ name: 'within_standard', type: 'integer' })
  withinStandard!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
