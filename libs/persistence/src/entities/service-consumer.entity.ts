import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { AreaKind } from '@app/domain';
import { AreaEntity } from './area.entity';
import { ServiceEntity } from './service.entity';

/**
 * An internal customer of a service: any area that depends on it, front or back (never its own
 * provider, which the service layer refuses).
 */
@Entity({ name: 'service_consumers' })
@Check('ck_service_consumers_area_kind', `"area_kind" IN ('front', 'back')`)
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

  /**
   * The consumer's kind, checked against the area by the composite key below. `front` unless
   * given, as before back areas could be customers: a back area's row must name its kind.
   */
  @Column({ name: 'area_kind', type: 'varchar', length: 16, default: 'front' })
  areaKind!: AreaKind;

  @ManyToOne(() => AreaEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    {
      name: 'area_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'fk_service_consumers_area_kind',
    },
    {
      name: 'area_kind',
      referencedColumnName: 'kind',
      foreignKeyConstraintName: 'fk_service_consumers_area_kind',
    },
  ])
  area?: AreaEntity;

  /**
   * When the area stopped being a customer of the service; null while it is one. The row stays,
   * so the area's past survey responses keep the consumer they were given as.
   */
  @Column({ name: 'removed_at', type: 'timestamptz', precision: 3, nullable: true })
  removedAt!: Date | null;
}
