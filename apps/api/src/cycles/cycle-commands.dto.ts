import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsDateString,
  IsEnum,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import type { Decision, GapSourceKind, ProgressReport } from '@app/domain';
import { ReEvaluationReviewDto } from './re-evaluation-review.dto';
import {
  CauseCategory,
  CYCLE_INPUT_LIMITS as LIMITS,
  GAP_SOURCE_KINDS,
  GateDecision,
  ReEvaluationDecision,
  REPORTABLE_INITIATIVE_STATUSES,
} from '@app/domain';
import {
  BoundedText,
  MaxTextLength,
  OptionalBoundedText,
  PersonIdField,
  UuidField,
} from '../validation/field-rules';
import { lowerCaseIds } from '../validation/id.param';

const finite = { allowNaN: false, allowInfinity: false } as const;

export class GapSourceDto {
  @ApiProperty({
    enum: GAP_SOURCE_KINDS,
    description: 'A KPI, a survey, a maturity assessment, or a service’s standard results.',
  })
  @IsIn(GAP_SOURCE_KINDS)
  kind!: GapSourceKind;

  @UuidField('The KPI, survey, assessment or (standard) service the gap was found in.')
  id!: string;
}

export class RecordGapDto {
  @BoundedText(LIMITS.gapText, 'The gap: current state against the target state.')
  statement!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The KPI that measures the gap.' })
  @IsOptional()
  @IsUUID('all')
  @Transform(lowerCaseIds)
  kpiId?: string;

  @ApiProperty() @IsNumber(finite) currentValue!: number;
  @ApiProperty() @IsNumber(finite) targetValue!: number;

  @BoundedText(LIMITS.gapText, 'Survey results, KPI readings or assessments behind the gap.')
  evidence!: string;

  @ApiPropertyOptional({ type: GapSourceDto, description: 'Where the gap was found.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => GapSourceDto)
  source?: GapSourceDto;
}

export class RootCauseDto {
  @ApiProperty({ enum: CauseCategory }) @IsEnum(CauseCategory) category!: CauseCategory;
  @BoundedText(LIMITS.causeText) description!: string;

  @ApiProperty({
    type: 'array',
    items: { type: 'string', minLength: 1, maxLength: LIMITS.whyText },
    maxItems: LIMITS.whys,
    description: 'The 5 whys, in order.',
  })
  @IsArray()
  @ArrayMaxSize(LIMITS.whys)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxTextLength(LIMITS.whyText, { each: true })
  whys!: string[];

  @BoundedText(LIMITS.causeText) evidence!: string;
}

export class RecordRootCausesDto {
  @ApiProperty({ type: [RootCauseDto], minItems: 1, maxItems: LIMITS.causes })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(LIMITS.causes)
  @ValidateNested({ each: true })
  @Type(() => RootCauseDto)
  causes!: RootCauseDto[];
}

export class InitiativeDto {
  @BoundedText(LIMITS.initiativeTitle) title!: string;
  @PersonIdField('Who is accountable for it: a person id (the `sub` of their token).')
  ownerId!: string;

  @ApiProperty({ example: '2027-03-31' })
  @IsDateString({ strict: true })
  dueDate!: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  @Transform(lowerCaseIds)
  kpiId?: string;
  @BoundedText(LIMITS.expectedEffect, 'The effect expected on the KPI.') expectedEffect!: string;

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    maxItems: LIMITS.causes,
    uniqueItems: true,
    description: 'The root causes (their `id`s in this cycle) it addresses.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIMITS.causes)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  @Transform(lowerCaseIds)
  addressesCauseIds?: string[];
}

export class RecordInitiativesDto {
  @ApiProperty({ type: [InitiativeDto], minItems: 1, maxItems: LIMITS.initiatives })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(LIMITS.initiatives)
  @ValidateNested({ each: true })
  @Type(() => InitiativeDto)
  initiatives!: InitiativeDto[];
}

export class SubmitStageDto {
  @OptionalBoundedText(LIMITS.note) note?: string;

  @ApiPropertyOptional({
    enum: ['accepted'],
    description:
      'In initiative planning: submit although some root causes are addressed by no initiative (otherwise 409 naming them); needs `reason`.',
  })
  @IsOptional()
  @IsIn(['accepted'])
  uncoveredCauses?: 'accepted';

  @OptionalBoundedText(LIMITS.reason, 'Why the uncovered root causes are accepted.')
  reason?: string;
}

const DECISIONS: Decision[] = [
  ...Object.values(GateDecision),
  ...Object.values(ReEvaluationDecision),
];

export class DecisionDto {
  @ApiProperty({
    enum: DECISIONS,
    description: 'approve or reject at a stage gate; close, continue or restart at re-evaluation',
  })
  @IsIn(DECISIONS)
  decision!: Decision;

  @OptionalBoundedText(LIMITS.reason, 'Required for every decision but approve.')
  reason?: string;

  @ApiPropertyOptional({
    type: ReEvaluationReviewDto,
    description:
      'With a re-evaluation decision only: its answers to the re-evaluation’s questions.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ReEvaluationReviewDto)
  review?: ReEvaluationReviewDto;
}

export class ProgressDto {
  @ApiProperty({ minimum: 0, maximum: 100 }) @IsInt() @Min(0) @Max(100) percentComplete!: number;

  @ApiProperty({ enum: REPORTABLE_INITIATIVE_STATUSES })
  @IsIn(REPORTABLE_INITIATIVE_STATUSES)
  status!: ProgressReport['status'];

  @OptionalBoundedText(LIMITS.note) note?: string;
}

export class ReasonDto {
  @BoundedText(LIMITS.reason) reason!: string;
}
