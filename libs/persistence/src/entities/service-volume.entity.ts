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

/** How many end customers a service touched in a quarter, and how much rework it caused. */
@Entity({ name: 'service_volumes' })
@Unique('uq_service_volumes_period', ['serviceId', 'period'])
@Check('ck_service_volumes_period', `"period" ~ '^[0-9]{4}-Q[1-4]$'`)
@Check('ck_service_volumes_values', `"end_customers" >= 0 AND "rework_rate" BETWEEN 0 AND 1`)
export class ServiceVolumeEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_service_volumes' })
  id!: string;

  @Column({ name: 'service_id', type: 'uuid' })
  serviceId!: string;

  @ManyToOne(() => ServiceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'service_id', foreignKeyConstraintName: 'fk_service_volumes_service' })
  service?: ServiceEntity;

  @Column({ type: 'varchar', length: 7 })
  period!: string;

  @Column({ name: 'end_customers', type: 'integer' })
  endCustomers!: number;

  @Column({ name: 'rework_rate', type: 'double precision' })
  reworkRate!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
