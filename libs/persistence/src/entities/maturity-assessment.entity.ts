import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { CapabilityGap, CapabilityRating } from '@app/domain';

@Entity({ name: 'maturity_assessments' })
export class MaturityAssessmentEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_maturity_assessments' })
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'jsonb' })
  ratings!: CapabilityRating[];

  @Column({ type: 'jsonb' })
  gaps!: CapabilityGap[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
