import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { AreaKind } from '@app/domain';

@Entity({ name: 'areas' })
@Unique('uq_areas_name', ['name'])
// Lets services reference (id, kind), so the database itself checks providers and consumers.
@Unique('uq_areas_id_kind', ['id', 'kind'])
@Check('ck_areas_kind', `"kind" IN ('front', 'back')`)
export class AreaEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_areas' })
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: AreaKind;

  /** 1 when created, one more with each change: what ETag and If-Match name. */
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
