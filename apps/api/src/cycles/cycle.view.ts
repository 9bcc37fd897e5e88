import { ApiProperty } from '@nestjs/swagger';
import type { CycleState } from '@app/domain';
import { CycleStage, CycleStatus, cycleWorkflowId, isLate } from '@app/domain';
import type { MeasuredOutcome } from './cycle-outcome.view';
import { CycleOutcomeView } from './cycle-outcome.view';
import {
  ApprovalNoticeView,
  DecisionView,
  PendingApprovalView,
  PendingRoadmapChangeView,
} from './cycle-approval.view';
import { CheckInView, MonitoringPeriodView, ReEvaluationView } from './cycle-monitoring.view';
import {
  CyclePolicyView,
  CycleSelectionView,
  GapView,
  InitiativeView,
  RootCauseView,
} from './cycle-work.view';

/** A cycle as clients see it: the workflow's state, from the projection or an update's answer. */
export class CycleView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() workflowId!: string;
  @ApiProperty({ format: 'uuid' }) serviceId!: string;
  @ApiProperty({ enum: CycleStage }) stage!: CycleStage;
  @ApiProperty({ enum: CycleStatus }) status!: CycleStatus;
  @ApiProperty({ type: CyclePolicyView }) policy!: CyclePolicyView;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) previousCycleId!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Set by a restart.' })
  nextCycleId!: string | null;
  @ApiProperty({
    type: CycleSelectionView,
    nullable: true,
    description: 'The ranking and inputs that chose the service; null when it was not ranked.',
  })
  selection!: CycleSelectionView | null;
  @ApiProperty({ type: GapView, nullable: true, description: 'Null until the gap is recorded.' })
  gap!: GapView | null;
  @ApiProperty({ type: [RootCauseView] }) rootCauses!: RootCauseView[];
  @ApiProperty({ type: [InitiativeView] }) initiatives!: InitiativeView[];
  @ApiProperty({
    type: PendingRoadmapChangeView,
    nullable: true,
    description: 'A change to the approved roadmap waiting for a decision.',
  })
  pendingRoadmapChange!: PendingRoadmapChangeView | null;
  @ApiProperty({
    type: PendingApprovalView,
    nullable: true,
    description: 'What waits for a manager, since when.',
  })
  pendingApproval!: PendingApprovalView | null;
  @ApiProperty({
    type: DecisionView,
    nullable: true,
    description: 'The reason the stage was sent back; null once it is approved.',
  })
  lastRejection!: DecisionView | null;
  @ApiProperty({ type: [DecisionView], description: 'Every decision, oldest first.' })
  decisions!: DecisionView[];
  @ApiProperty({
    type: [ApprovalNoticeView],
    description: 'Reminders and escalations of waiting approvals.',
  })
  escalations!: ApprovalNoticeView[];
  @ApiProperty({
    type: [CheckInView],
    description: 'The latest 12 check-ins, oldest first; the history holds every one.',
  })
  checkIns!: CheckInView[];
  @ApiProperty({
    type: MonitoringPeriodView,
    nullable: true,
    description: 'Null until execution monitoring starts.',
  })
  monitoring!: MonitoringPeriodView | null;
  @ApiProperty({
    type: ReEvaluationView,
    nullable: true,
    description: 'The latest re-evaluation; null before the first.',
  })
  reEvaluation!: ReEvaluationView | null;
  @ApiProperty({ type: [ReEvaluationView], description: 'Oldest first.' })
  reEvaluations!: ReEvaluationView[];
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
