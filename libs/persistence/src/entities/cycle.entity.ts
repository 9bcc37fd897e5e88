import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import type { CyclePolicy, CycleState, StoredCycleState } from '@app/domain';
import { currentCycleState, CycleStage, CycleStatus } from '@app/domain';
import { ServiceEntity } from './service.entity';

function readCycleState(stored: StoredCycleState | null): CycleState | null {
  return stored ? currentCycleState(stored) : stored;
}

/** The PostgreSQL projection of one improvement-cycle workflow, kept by its activities. */
@Entity({ name: 'cycles' })
@Unique('uq_cycles_workflow_id', ['workflowId'])
@Check(
  'ck_cycles_stage',
  `"stage" IN ('gap_identification', 'root_cause_analysis', 'initiative_planning', 'execution_monitoring', 're_evaluation', 'closed', 'cancelled')`,
)
@Check(
  'ck_cycles_status',
  `"status" IN ('in_progress', 'awaiting_approval', 'closed', 'cancelled')`,
)
// One active cycle per service, enforced by the database even under concurrent starts.
@Index('uq_cycles_active_service', ['serviceId'], {
  unique: true,
  where: `"status" IN ('in_progress', 'awaiting_approval')`,
})
@Index('ix_cycles_stage_status', ['stage', 'status'])
@Index('ix_cycles_awaiting_since', ['awaitingSince'], { where: `"awaiting_since" IS NOT NULL` })
export class CycleEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_cycles' })
  id!: string;

  @Column({ name: 'workflow_id', type: 'varchar', length: 100 })
  workflowId!: string;

  @Column({ name: 'service_id', type: 'uuid' })
  serviceId!: string;

  @ManyToOne(() => ServiceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'service_id', foreignKeyConstraintName: 'fk_cycles_service' })
  service?: ServiceEntity;

  @Column({ type: 'varchar', length: 32 })
  stage!: CycleStage;

  @Column({ type: 'varchar', length: 32 })
  status!: CycleStatus;

  @Column({ type: 'jsonb' })
  policy!: CyclePolicy;

  @Column({ name: 'previous_cycle_id', type: 'uuid', nullable: true })
  previousCycleId!: string | null;

  @ManyToOne(() => CycleEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'previous_cycle_id', foreignKeyConstraintName: 'fk_cycles_previous_cycle' })
  previousCycle?: CycleEntity;

  /** Since when a manager's decision is awaited; null when nothing waits. */
  @Column({ name: 'awaiting_since', type: 'timestamptz', nullable: true })
  awaitingSince!: Date | null;

  /** Number of the last audit event applied: older writes never overwrite newer ones. */
  @Column({ type: 'integer', default: 0 })
  version!: number;

  /**
   * The workflow's whole state at `version`: gap, causes, initiatives, approvals, escalations.
   * Read in today's shape whatever version wrote it (see `currentCycleState`).
   */
  @Column({
    type: 'jsonb',
    transformer: { from: readCycleState, to: (state: CycleState) => state },
  })
  detail!: CycleState;

  @Column({ name: 'started_by', type: 'varchar', length: 200 })
  startedBy!: string;

  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt!: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
