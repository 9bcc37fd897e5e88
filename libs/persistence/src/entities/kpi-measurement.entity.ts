import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { KpiEntity } from './kpi.entity';

@Entity({ name: 'kpi_measurements' })
@Index('ix_kpi_measurements_kpi_time', ['kpiId', 'measuredAt'])
export class KpiMeasurementEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_kpi_measurements' })
  id!: string;

  @Column({ name: 'kpi_id', type: 'uuid' })
  kpiId!: string;

  @ManyToOne(() => KpiEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'kpi_id', foreignKeyConstraintName: 'fk_kpi_measurements_kpi' })
  kpi?: KpiEntity;

  @Column({ type: 'double precision' })
  value!: number;

  @Column({ name: 'measured_at', type: 'timestamptz' })
  measuredAt!: Date;

  @Column({ type: 'varchar', length: 200, nullable: true })
  source!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
