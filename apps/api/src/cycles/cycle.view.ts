import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  ApprovalNotice,
  CheckIn,
  CyclePolicy,
  CycleSelection,
  CycleState,
  DecisionRecord,
  GapStatement,
  Initiative,
  MonitoringPeriod,
  PendingApproval,
  PendingRoadmapChange,
  ReEvaluationSnapshot,
  RootCause,
} from '@app/domain';
import { CycleStage, CycleStatus, cycleWorkflowId, isLate } from '@app/domain';
import type { MeasuredOutcome } from './cycle-outcome.view';
import { CycleOutcomeView } from './cycle-outcome.view';

/** A cycle as clients see it: the workflow's state, from the projection or an update's answer. */
export class CycleView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() workflowId!: string;
  @ApiProperty({ format: 'uuid' }) serviceId!: string;
  @ApiProperty({ enum: CycleStage }) stage!: CycleStage;
  @ApiProperty({ enum: CycleStatus }) status!: CycleStatus;
  @ApiProperty({ description: 'approvalSla, checkInEvery, reEvaluateAfter (ISO 8601), escalateTo' })
  policy!: CyclePolicy;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) previousCycleId!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Set by a restart.' })
  nextCycleId!: string | null;
  @ApiProperty({
    nullable: true,
    type: Object,
    description: 'The ranking and inputs that chose the service.',
  })
  selection!: CycleSelection | null;
  @ApiProperty({ nullable: true, type: Object }) gap!: GapStatement | null;
  @ApiProperty({ type: [Object] }) rootCauses!: RootCause[];
  @ApiProperty({
    type: [Object],
    description: 'Each with `late`: true from the end of its due date until done or dropped.',
  })
  initiatives!: (Initiative & { late: boolean })[];
  @ApiProperty({
    nullable: true,
    type: Object,
    description: 'A change to the approved roadmap waiting for a decision.',
  })
  pendingRoadmapChange!: PendingRoadmapChange | null;
  @ApiProperty({
    nullable: true,
    type: Object,
    description: 'What waits for a manager, since when.',
  })
  pendingApproval!: (PendingApproval & { waitingSeconds: number }) | null;
  @ApiProperty({ nullable: true, type: Object, description: 'The reason the stage was sent back.' })
  lastRejection!: DecisionRecord | null;
  @ApiProperty({ type: [Object] }) decisions!: DecisionRecord[];
  @ApiProperty({ type: [Object], description: 'Reminders and escalations of waiting approvals.' })
  escalations!: ApprovalNotice[];
  @ApiProperty({
    type: [Object],
    description: 'The latest 12 check-ins, oldest first; the history holds every one.',
  })
  checkIns!: CheckIn[];
  @ApiProperty({ nullable: true, type: Object }) monitoring!: MonitoringPeriod | null;
  @ApiPropertyOptional({ nullable: true, type: Object, description: 'The latest re-evaluation.' })
  reEvaluation!: ReEvaluationSnapshot | null;
  @ApiProperty({ type: [Object] }) reEvaluations!: ReEvaluationSnapshot[];
  @ApiProperty({
    nullable: true,
    type: CycleOutcomeView,
    description:
      'How the cycle ended (decision, at, by, reason, nextCycleId) once it has, and, on `GET /v1/cycles/:id`, what it measured (kpi, rating, forecast) once it has the data; null while there is nothing.',
  })
  outcome!: CycleOutcomeView | null;
  @ApiProperty() startedBy!: string;
  @ApiProperty({ format: 'date-time' }) startedAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;

  /**
   * `now` sets `pendingApproval.waitingSeconds`; a command's answer uses the state's own time.
   * `measured`: what the cycle's KPI and ratings show, read for a single cycle's page.
   */
  static of(
    state: CycleState,
    now: Date = new Date(state.updatedAt),
    measured?: MeasuredOutcome,
  ): CycleView {
    const pending = state.pendingApproval;
    return {
      id: state.cycleId,
      workflowId: cycleWorkflowId(state.cycleId),
      serviceId: state.serviceId,
      stage: state.stage,
      status: state.status,
      policy: state.policy,
      previousCycleId: state.previousCycleId,
      nextCycleId: state.outcome?.nextCycleId ?? null,
      selection: state.selection ?? null,
      gap: state.gap,
      rootCauses: state.rootCauses,
      initiatives: state.initiatives.map((initiative) => ({
        ...initiative,
        late: isLate(initiative, now.getTime()),
      })),
      pendingRoadmapChange: state.pendingRoadmapChange ?? null,
      pendingApproval: pending
        ? {
            ...pending,
            waitingSeconds: Math.max(
              0,
              Math.floor((now.getTime() - Date.parse(pending.submittedAt)) / 1000),
            ),
          }
        : null,
      lastRejection: state.lastRejection,
      decisions: state.decisions,
      escalations: state.escalations,
      checkIns: state.checkIns,
      monitoring: state.monitoring,
      reEvaluation: state.reEvaluations.at(-1) ?? null,
      reEvaluations: state.reEvaluations,
      outcome: CycleOutcomeView.of(state.outcome, measured),
      startedBy: state.startedBy.id,
      startedAt: state.startedAt,
      updatedAt: state.updatedAt,
    };
  }
}
