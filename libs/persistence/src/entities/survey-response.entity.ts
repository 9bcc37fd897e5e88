import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { ServiceConsumerEntity } from './service-consumer.entity';
import { SurveyEntity } from './survey.entity';

/** One consumer area's rating of one service in one survey. */
@Entity({ name: 'survey_responses' })
@Index('ix_survey_responses_survey_service', ['surveyId', 'serviceId'])
@Index('ix_survey_responses_cell', ['serviceId', 'respondentAreaId', 'surveyId'])
export class SurveyResponseEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_survey_responses' })
  id!: string;

  @Column({ name: 'survey_id', type: 'uuid' })
  surveyId!: string;

  @ManyToOne(() => SurveyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'survey_id', foreignKeyConstraintName: 'fk_survey_responses_survey' })
  survey?: SurveyEntity;

  @Column({ name: 'service_id', type: 'uuid' })
  serviceId!: string;

  @Column({ name: 'respondent_area_id', type: 'uuid' })
  respondentAreaId!: string;

  /** Only an area that consumes the service may rate it: the database checks the pair. */
  @ManyToOne(() => ServiceConsumerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    {
      name: 'service_id',
      referencedColumnName: 'serviceId',
      foreignKeyConstraintName: 'fk_survey_responses_consumer',
    },
    {
      name: 'respondent_area_id',
      referencedColumnName: 'areaId',
      foreignKeyConstraintName: 'fk_survey_responses_consumer',
    },
  ])
  consumer?: ServiceConsumerEntity;

  @Column({ type: 'smallint' })
  score!: number;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
