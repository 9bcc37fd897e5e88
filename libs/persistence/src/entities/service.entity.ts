import {
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

  @ManyToOne(() => AreaEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provider_area_id', foreignKeyConstraintName: 'fk_services_provider_area' })
  providerArea?: AreaEntity;

  @Column({ name: 'standard_description', type: 'text', nullable: true })
  standardDescription!: string | null;

  @Column({ name: 'standard_response_time_hours', type: 'double precision', nullable: true })
  standardResponseTimeHours!: number | null;

  @Column({ type: 'boolean', default: false })
  critical!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
