import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDateString,
  IsIn,
  IsOptional,
  IsUUID,
  ValidateNested,
} from 'class-validator';
import type { RoadmapChangeDecision, RoadmapChangeRecord } from '@app/domain';
import { CYCLE_INPUT_LIMITS as LIMITS, GateDecision, RoadmapChangeStatus } from '@app/domain';
import { InitiativeDto } from '../cycles/cycle-commands.dto';
import { BoundedText, OptionalBoundedText, PersonIdField } from '../validation/field-rules';
import { lowerCaseIds } from '../validation/id.param';
import {
  InitiativeChangeView,
  InitiativeDropView,
  PlannedInitiativeView,
} from './roadmap-change-entries.view';

class InitiativeIdField {
  @ApiProperty({ format: 'uuid', description: 'An initiative of this cycle.' })
  @Transform(lowerCaseIds)
  @IsUUID('all')
  id!: string;
}

export class InitiativeChangeDto extends InitiativeIdField {
  @OptionalBoundedText(LIMITS.initiativeTitle) title?: string;

  @PersonIdField('Who becomes accountable for it: a person id.', true)
  ownerId?: string;

  @ApiPropertyOptional({ example: '2027-06-30' })
  @IsOptional()
  @IsDateString({ strict: true })
  dueDate?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  @Transform(lowerCaseIds)
  kpiId?: string;

  @OptionalBoundedText(LIMITS.expectedEffect) expectedEffect?: string;
}

export class InitiativeDropDto extends InitiativeIdField {
  @BoundedText(LIMITS.reason, 'Why it leaves the roadmap; it stays in the cycle, dropped.')
  reason!: string;
}

/** An optional list of up to as many entries as a cycle has initiatives. */
const OptionalEntries = (type: () => new () => object): PropertyDecorator =>
  applyDecorators(
    IsOptional(),
    IsArray(),
    ArrayMaxSize(LIMITS.initiatives),
    ValidateNested({ each: true }),
    Type(type),
  );

export class ProposeRoadmapChangeDto {
  @BoundedText(LIMITS.reason, 'Why the approved roadmap should change.') reason!: string;

  @ApiPropertyOptional({ type: [InitiativeDto], maxItems: LIMITS.initiatives })
  @OptionalEntries(() => InitiativeDto)
  add?: InitiativeDto[];

  @ApiPropertyOptional({ type: [InitiativeChangeDto], maxItems: LIMITS.initiatives })
  @OptionalEntries(() => InitiativeChangeDto)
  change?: InitiativeChangeDto[];

  @ApiPropertyOptional({ type: [InitiativeDropDto], maxItems: LIMITS.initiatives })
  @OptionalEntries(() => InitiativeDropDto)
  drop?: InitiativeDropDto[];
}

export class RoadmapChangeDecisionDto {
  @ApiProperty({ enum: GateDecision })
  @IsIn(Object.values(GateDecision))
  decision!: GateDecision;

  @OptionalBoundedText(LIMITS.reason, 'Required to reject.') reason?: string;
}

export class ProposedChangeView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: [RoadmapChangeStatus.Pending] }) status!: RoadmapChangeStatus.Pending;
}

class ChangeDecisionView implements RoadmapChangeDecision {
  @ApiProperty({ enum: GateDecision }) decision!: RoadmapChangeDecision['decision'];
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
  @ApiProperty() by!: string;
  @ApiProperty({ type: String, nullable: true }) onBehalfOf!: string | null;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

export class RoadmapChangeView implements RoadmapChangeRecord {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: RoadmapChangeStatus }) status!: RoadmapChangeStatus;
  @ApiProperty() proposedBy!: string;
  @ApiProperty({ format: 'date-time' }) proposedAt!: string;
  @ApiProperty() reason!: string;
  @ApiProperty({ type: [PlannedInitiativeView] }) add!: PlannedInitiativeView[];
  @ApiProperty({ type: [InitiativeChangeView] }) change!: InitiativeChangeView[];
  @ApiProperty({ type: [InitiativeDropView] }) drop!: InitiativeDropView[];
  @ApiProperty({ type: [ChangeDecisionView] }) decisions!: ChangeDecisionView[];
  @ApiProperty({ type: [String], description: 'The ids the added initiatives got, once approved.' })
  addedIds!: string[];
}
