import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AreaEntity } from './area.entity';
import { ServiceEntity } from './service.entity';

/** A front area that consumes an internal service. */
@Entity({ name: 'service_consumers' })
@Check('ck_service_consumers_area_kind', `"area_kind" = 'front'`)
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

  /** Always 'front': with the composite key below, only a front area can consume a service. */
  @Column({ name: 'area_kind', type: 'varchar', length: 16, default: 'front' })
  areaKind!: 'front';

  @ManyToOne(() => AreaEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    {
      name: 'area_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'fk_service_consumers_front_area',
    },
    {
      name: 'area_kind',
      referencedColumnName: 'kind',
      foreignKeyConstraintName: 'fk_service_consumers_front_area',
    },
  ])
  area?: AreaEntity;
}
