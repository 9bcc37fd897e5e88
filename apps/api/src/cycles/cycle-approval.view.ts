import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  Actor,
  ApprovalNotice,
  DecisionRecord,
  GateApproval,
  GateApprovalPolicy,
  PendingApproval,
  PendingRoadmapChange,
  ReEvaluationReview,
} from '@app/domain';
import {
  CycleStage,
  GateDecision,
  INITIATIVE_VERDICTS,
  ReEvaluationDecision,
  Role,
} from '@app/domain';
import {
  InitiativeChangeView,
  InitiativeDropView,
  PlannedInitiativeView,
} from '../roadmap/roadmap-change-entries.view';

/** Who did something: a person or service account, or `system` (no roles) for timers. */
export class CycleActorView implements Actor {
  @ApiProperty() id!: string;
  @ApiPropertyOptional() name?: string;
  @ApiProperty({ enum: Role, isArray: true }) roles!: Role[];
}

/** The service's approval policy as a wait keeps it: later changes do not move the wait. */
export class GateApprovalPolicyView implements GateApprovalPolicy {
  @ApiProperty({ type: 'integer', minimum: 1 }) version!: number;
  @ApiProperty({ type: [String] }) approvers!: string[];
  @ApiProperty({ type: 'integer', minimum: 1 }) quorum!: number;
  @ApiProperty({ type: [String] }) escalateTo!: string[];
}

/** One approval counted towards a wait's quorum. */
export class GateApprovalView implements GateApproval {
  @ApiProperty({ description: 'Who approved: the approver, or their delegate.' }) by!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The approver a delegate acted for.' })
  onBehalfOf!: string | null;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

/** A gate (or the re-evaluation) waiting for a manager, and for how long it has waited. */
export class PendingApprovalView implements PendingApproval {
  @ApiProperty({ enum: CycleStage }) stage!: CycleStage;
  @ApiProperty({ type: CycleActorView, description: '`system` for a scheduled re-evaluation.' })
  submittedBy!: CycleActorView;
  @ApiProperty({ format: 'date-time' }) submittedAt!: string;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Reminders and escalations so far.' })
  notices!: number;
  @ApiPropertyOptional({
    type: [String],
    description: 'Who may not decide it (four eyes); absent on waits from before it existed.',
  })
  excludedDeciders?: string[];
  @ApiPropertyOptional({
    type: GateApprovalPolicyView,
    nullable: true,
    description: 'The policy when the wait opened; null or absent: any manager, quorum 1.',
  })
  approvalPolicy?: GateApprovalPolicyView | null;
  @ApiPropertyOptional({ type: [GateApprovalView], description: 'Approvals counted so far.' })
  approvals?: GateApprovalView[];
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Seconds since it was submitted.' })
  waitingSeconds!: number;
}

/** A change to the approved roadmap waiting for a decision, as the cycle holds it. */
export class PendingRoadmapChangeView implements PendingRoadmapChange {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() reason!: string;
  @ApiProperty({ type: [PlannedInitiativeView] }) add!: PlannedInitiativeView[];
  @ApiProperty({ type: [InitiativeChangeView] }) change!: InitiativeChangeView[];
  @ApiProperty({ type: [InitiativeDropView] }) drop!: InitiativeDropView[];
  @ApiProperty({ type: CycleActorView }) proposedBy!: CycleActorView;
  @ApiProperty({ format: 'date-time' }) proposedAt!: string;
  @ApiProperty({ type: [String], description: 'Its proposer: nobody approves their own change.' })
  excludedDeciders!: string[];
  @ApiProperty({
    type: GateApprovalPolicyView,
    nullable: true,
    description: 'The policy when it was proposed; null: any manager, quorum 1.',
  })
  approvalPolicy!: GateApprovalPolicyView | null;
  @ApiProperty({ type: [GateApprovalView] }) approvals!: GateApprovalView[];
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Reminders and escalations so far.' })
  notices!: number;
}

class InitiativeVerdictView {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: INITIATIVE_VERDICTS }) verdict!: (typeof INITIATIVE_VERDICTS)[number];
  @ApiPropertyOptional({ type: String, nullable: true }) note?: string | null;
}

/** A re-evaluation's answers to its questions, given with the decision. */
export class ReEvaluationReviewView implements ReEvaluationReview {
  @ApiProperty() stillValid!: boolean;
  @ApiProperty() prioritiesChanged!: boolean;
  @ApiProperty() customerPreferencesChanged!: boolean;
  @ApiProperty() environmentChanged!: boolean;
  @ApiProperty({ type: [InitiativeVerdictView] }) initiatives!: InitiativeVerdictView[];
}

/** A manager's decision on a gate or on the re-evaluation. */
export class DecisionView implements DecisionRecord {
  @ApiProperty({ enum: CycleStage, description: 'The stage decided on.' }) stage!: CycleStage;
  @ApiProperty({ enum: [...Object.values(GateDecision), ...Object.values(ReEvaluationDecision)] })
  decision!: DecisionRecord['decision'];
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
  @ApiProperty({ type: CycleActorView, description: 'Who decided (a delegate, when one did).' })
  by!: CycleActorView;
  @ApiPropertyOptional({ type: ReEvaluationReviewView, description: 'A re-evaluation’s review.' })
  review?: ReEvaluationReviewView;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Who submitted what was decided.' })
  submittedBy!: string | null;
  @ApiPropertyOptional({ description: 'The approver a delegate decided for.' })
  onBehalfOf?: string;
}

/** A reminder or an escalation of a wait that ran over its SLA. */
export class ApprovalNoticeView implements ApprovalNotice {
  @ApiProperty({ enum: ['reminder', 'escalation'] }) kind!: ApprovalNotice['kind'];
  @ApiProperty({ enum: CycleStage }) stage!: CycleStage;
  @ApiProperty({ type: 'integer', minimum: 0, description: '0 the reminder, 1.. escalations.' })
  level!: number;
  @ApiProperty({ enum: Role }) toRole!: Role;
  @ApiPropertyOptional({
    type: [String],
    description: 'The people it went to, when the service has an approval policy.',
  })
  toPeople?: string[];
  @ApiPropertyOptional({ format: 'uuid', description: 'Set when a roadmap change waits.' })
  changeId?: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ format: 'date-time' }) waitingSince!: string;
}
