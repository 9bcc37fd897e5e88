import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  CyclePolicy,
  CycleSelection,
  GapSource,
  GapStatement,
  Initiative,
  RootCause,
} from '@app/domain';
import { CauseCategory, ESCALATION_ROLES, GAP_SOURCE_KINDS, Role } from '@app/domain';
import { StoredInitiativeView } from '../people/owned-initiative.view';
import { PriorityReasonView } from '../prioritization/prioritization.view';

/** The clocks of a cycle, as it was started with them. */
export class CyclePolicyView implements CyclePolicy {
  @ApiProperty({ example: 'P5D', description: 'ISO 8601 duration: a gate’s wait per reminder.' })
  approvalSla!: string;
  @ApiProperty({ example: 'P30D', description: 'ISO 8601 duration between check-ins.' })
  checkInEvery!: string;
  @ApiProperty({ example: 'P6M', description: 'ISO 8601 duration from monitoring to review.' })
  reEvaluateAfter!: string;
  @ApiPropertyOptional({
    enum: ESCALATION_ROLES,
    description: 'Who escalations go to; absent on cycles started before it existed (admin).',
  })
  escalateTo?: Role;
}

/** The service's place in the default ranking when its cycle started: why this service. */
export class CycleSelectionView implements CycleSelection {
  @ApiProperty({ enum: ['default'] }) rule!: 'default';
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) surveyId!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '2026-Q3' }) period!: string | null;
  @ApiProperty({ type: 'integer', minimum: 1 }) rank!: number;
  @ApiProperty({ type: 'integer', minimum: 1 }) rankedServices!: number;
  @ApiProperty({ type: Number, nullable: true }) meanScore!: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) endCustomers!: number | null;
  @ApiProperty({ type: Number, nullable: true }) reworkRate!: number | null;
  @ApiProperty({ type: [PriorityReasonView] }) reasons!: PriorityReasonView[];
  @ApiProperty({ format: 'date-time' }) computedAt!: string;
}

export class GapSourceView implements GapSource {
  @ApiProperty({ enum: GAP_SOURCE_KINDS }) kind!: GapSource['kind'];
  @ApiProperty({
    format: 'uuid',
    description: 'The KPI, survey, maturity assessment or (standard) service.',
  })
  id!: string;
}

export class GapView implements GapStatement {
  @ApiProperty() statement!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) kpiId!: string | null;
  @ApiProperty() currentValue!: number;
  @ApiProperty() targetValue!: number;
  @ApiProperty() evidence!: string;
  @ApiPropertyOptional({
    type: GapSourceView,
    description: 'Where the gap was found; absent when it was stated without a source.',
  })
  source?: GapSourceView;
}

class RootCauseOriginView {
  @ApiProperty({ format: 'uuid' }) cycleId!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Null for a cause without an id.' })
  causeId!: string | null;
}

export class RootCauseView implements RootCause {
  @ApiPropertyOptional({
    description: 'What initiatives name it by; absent on causes recorded before ids.',
  })
  id?: string;
  @ApiProperty({ enum: CauseCategory }) category!: CauseCategory;
  @ApiProperty() description!: string;
  @ApiProperty({ type: [String], description: 'Why, asked again and again, in order.' })
  whys!: string[];
  @ApiProperty() evidence!: string;
  @ApiPropertyOptional({
    type: RootCauseOriginView,
    description: 'A draft carried over by a restart: the cause it was copied from.',
  })
  origin?: RootCauseOriginView;
}

/** An initiative as the cycle holds it. */
export class RecordedInitiativeView extends StoredInitiativeView implements Initiative {
  @ApiPropertyOptional({
    description: 'The due date its `initiative_overdue` event was recorded for, once it was.',
  })
  overdueNotedFor?: string;
}

/** An initiative on the cycle's page: as the cycle holds it, and whether it is late. */
export class InitiativeView extends RecordedInitiativeView {
  @ApiProperty({ description: 'True from the end of its due date until done or dropped.' })
  late!: boolean;
}
