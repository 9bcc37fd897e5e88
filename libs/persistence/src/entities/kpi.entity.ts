import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { KpiDirection } from '@app/domain';
import { ServiceEntity } from './service.entity';

@Entity({ name: 'kpis' })
@Index('ix_kpis_service', ['serviceId'])
@Check('ck_kpis_direction', `"direction" IN ('higher_is_better', 'lower_is_better')`)
export class KpiEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_kpis' })
  id!: string;

  @Column({ name: 'service_id', type: 'uuid' })
  serviceId!: string;

  @ManyToOne(() => ServiceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'service_id', foreignKeyConstraintName: 'fk_kpis_service' })
  service?: ServiceEntity;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 50 })
  unit!: string;

  @Column({ type: 'varchar', length: 20 })
  direction!: KpiDirection;

  @Column({ type: 'double precision' })
  baseline!: number;

  @Column({ type: 'double precision' })
  target!: number;

  /** 1 when created, one more with each change: what ETag and If-Match name. */
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
