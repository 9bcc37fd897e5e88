import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CycleOutcome } from '@app/domain';
import { CycleStage, CycleStatus, KpiDirection, Role } from '@app/domain';
import { ChainVerificationView } from '../audit/audit-event.view';
import { MeasurementView } from '../kpis/kpi.dto';
import { RoadmapChangeView } from '../roadmap/roadmap-change.dto';
import { ApprovalNoticeView, DecisionView } from './cycle-approval.view';
import { CheckInView, ReEvaluationView } from './cycle-monitoring.view';
import {
  CyclePolicyView,
  CycleSelectionView,
  GapView,
  RecordedInitiativeView,
  RootCauseView,
} from './cycle-work.view';

class EvidenceActorView {
  @ApiProperty() id!: string;
  @ApiPropertyOptional() name?: string;
  @ApiProperty({ enum: Role, isArray: true }) roles!: Role[];
}

class EvidenceOutcomeView implements CycleOutcome {
  @ApiProperty({ enum: ['close', 'restart', 'cancel'] }) decision!: CycleOutcome['decision'];
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ type: EvidenceActorView }) by!: EvidenceActorView;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) nextCycleId!: string | null;
}

class EvidenceCycleView {
  @ApiProperty({ format: 'uuid' }) cycleId!: string;
  @ApiProperty({ format: 'uuid' }) serviceId!: string;
  @ApiProperty({ enum: CycleStage }) stage!: CycleStage;
  @ApiProperty({ enum: CycleStatus }) status!: CycleStatus;
  @ApiProperty({ type: CyclePolicyView }) policy!: CyclePolicyView;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) previousCycleId!: string | null;
  @ApiProperty({ format: 'date-time' }) startedAt!: string;
  @ApiProperty({ type: EvidenceActorView }) startedBy!: EvidenceActorView;
  @ApiProperty({
    type: EvidenceOutcomeView,
    nullable: true,
    description: 'How the cycle ended; null until it has.',
  })
  outcome!: EvidenceOutcomeView | null;
}

/** The service as stored: its columns, not the shape of `GET /v1/services/:id`. */
class EvidenceServiceView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true }) description!: string | null;
  @ApiProperty({ format: 'uuid' }) providerAreaId!: string;
  @ApiProperty({ enum: ['back'] }) providerKind!: 'back';
  @ApiProperty({ type: 'integer', nullable: true }) strategyImpact!: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) marginsInvolved!: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) easeOfTransformation!: number | null;
  @ApiProperty({ type: String, nullable: true }) standardDescription!: string | null;
  @ApiProperty({ type: Number, nullable: true }) standardResponseTimeHours!: number | null;
  @ApiProperty() critical!: boolean;
  @ApiProperty({ type: 'integer', minimum: 1 }) version!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) retiredAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) retiredReason!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: [String] }) consumerAreaIds!: string[];
}

class TraceLinkView {
  @ApiProperty({ example: 'gap' }) from!: string;
  @ApiProperty({ example: 'cause:7f1c…' }) to!: string;
}

class TraceabilityView {
  @ApiProperty({
    type: [TraceLinkView],
    description: 'Nodes: `gap`, `cause:<id>`, `initiative:<id>`, `kpi:<id>` and `outcome`.',
  })
  links!: TraceLinkView[];
  @ApiProperty({ type: [String], description: 'Causes no initiative in the roadmap addresses.' })
  uncoveredCauseIds!: string[];
}

class EvidenceMeasurementView extends MeasurementView {
  @ApiProperty({ format: 'uuid' }) kpiId!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

/** The KPI as stored, with its standing and its latest measurements. */
class EvidenceKpiView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) serviceId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() unit!: string;
  @ApiProperty({ enum: KpiDirection }) direction!: KpiDirection;
  @ApiProperty() baseline!: number;
  @ApiProperty() target!: number;
  @ApiProperty({ type: 'integer', minimum: 1 }) version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: Number, nullable: true }) latestValue!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Positive while short of the target.' })
  gapToTarget!: number | null;
  @ApiProperty({ enum: ['improving', 'worsening', 'flat'], nullable: true })
  trend!: string | null;
  @ApiProperty({ type: [EvidenceMeasurementView], description: 'The latest 100, newest first.' })
  measurements!: EvidenceMeasurementView[];
  @ApiProperty({ type: 'integer', description: 'How many measurements the KPI has in all.' })
  measurementCount!: number;
}

/** Everything an auditor needs for one improvement, in one document. */
export class CycleEvidenceView {
  @ApiProperty({ format: 'date-time' }) generatedAt!: string;
  @ApiProperty({ type: EvidenceCycleView }) cycle!: EvidenceCycleView;
  @ApiProperty({ type: EvidenceServiceView, nullable: true }) service!: EvidenceServiceView | null;
  @ApiProperty({
    type: CycleSelectionView,
    nullable: true,
    description: 'The ranking and inputs that chose the service; null for a restart’s cycle.',
  })
  selection!: CycleSelectionView | null;
  @ApiProperty({ type: GapView, nullable: true }) gap!: GapView | null;
  @ApiProperty({ type: [RootCauseView], description: 'The root causes, as the cycle holds them.' })
  rootCauses!: RootCauseView[];
  @ApiProperty({
    type: [RecordedInitiativeView],
    description: 'The initiatives, as the cycle holds them (without `late`).',
  })
  initiatives!: RecordedInitiativeView[];
  @ApiProperty({ type: TraceabilityView }) traceability!: TraceabilityView;
  @ApiProperty({ type: EvidenceKpiView, nullable: true, description: 'The gap’s KPI, if any.' })
  kpi!: EvidenceKpiView | null;
  @ApiProperty({ type: [DecisionView], description: 'Every decision on the cycle’s stages.' })
  approvals!: DecisionView[];
  @ApiProperty({
    type: [ApprovalNoticeView],
    description: 'Reminders and escalations of waiting approvals.',
  })
  escalations!: ApprovalNoticeView[];
  @ApiProperty({ type: [CheckInView], description: 'The latest check-ins, oldest first.' })
  checkIns!: CheckInView[];
  @ApiProperty({ type: [ReEvaluationView], description: 'Every re-evaluation.' })
  reEvaluations!: ReEvaluationView[];
  @ApiProperty({ type: [RoadmapChangeView] }) roadmapChanges!: RoadmapChangeView[];
  @ApiProperty({
    type: ChainVerificationView,
    description: 'The audit chain, recomputed now: its head hash seals this document.',
  })
  history!: ChainVerificationView;
}
