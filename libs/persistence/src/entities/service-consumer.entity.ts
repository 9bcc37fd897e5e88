import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AreaEntity } from './area.entity';
import { ServiceEntity } from './service.entity';

/** A front area that consumes an internal service. */
@Entity({ name: 'service_consumers' })
@Index('ix_service_consumers_area', ['areaId'])
export class ServiceConsumerEntity {
  @PrimaryColumn({
    name: 'service_id',
    type: 'uuid',
    primaryKeyConstraintName: 'pk_service_consumers',
  })
  serviceId!: string;

  @PrimaryColumn({
    name: 'area_id',
    type: 'uuid',
    primaryKeyConstraintName: 'pk_service_consumers',
  })
  areaId!: string;

  @ManyToOne(() => ServiceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'service_id', foreignKeyConstraintName: 'fk_service_consumers_service' })
  service?: ServiceEntity;

  @ManyToOne(() => AreaEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'area_id', foreignKeyConstraintName: 'fk_service_consumers_area' })
  area?: AreaEntity;
}
