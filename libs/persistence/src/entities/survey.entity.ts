import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A campaign in which consumer areas rate the services they receive. */
@Entity({ name: 'surveys' })
@Check('ck_surveys_scale', `"scale_min" >= 0 AND "scale_max" > "scale_min" AND "scale_max" <= 100`)
@Check('ck_surveys_period', `"period_end" >= "period_start"`)
export class SurveyEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_surveys' })
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ name: 'period_start', type: 'date' })
  periodStart!: string;

  @Column({ name: 'period_end', type: 'date' })
  periodEnd!: string;

  @Column({ name: 'scale_min', type: 'smallint' })
  scaleMin!: number;

  @Column({ name: 'scale_max', type: 'smallint' })
  scaleMax!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
