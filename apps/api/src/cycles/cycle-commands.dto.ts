import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
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
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import type { Decision } from '@app/domain';
import { CauseCategory, GateDecision, InitiativeStatus, ReEvaluationDecision } from '@app/domain';
import { BoundedText, OptionalBoundedText } from '../validation/field-rules';

const finite = { allowNaN: false, allowInfinity: false } as const;

export class RecordGapDto {
  @BoundedText(4000, 'The gap: current state against the target state.')
  statement!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The KPI that measures the gap.' })
  @IsOptional()
  @IsUUID('all')
  kpiId?: string;

  @ApiProperty() @IsNumber(finite) currentValue!: number;
  @ApiProperty() @IsNumber(finite) targetValue!: number;

  @BoundedText(4000, 'Survey results, KPI readings or assessments behind the gap.')
  evidence!: string;
}

export class RootCauseDto {
  @ApiProperty({ enum: CauseCategory }) @IsEnum(CauseCategory) category!: CauseCategory;
  @BoundedText(4000) description!: string;

  @ApiProperty({ type: [String], maxItems: 10, description: 'The 5 whys, in order.' })
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(1000, { each: true })
  whys!: string[];

  @BoundedText(4000) evidence!: string;
}

export class RecordRootCausesDto {
  @ApiProperty({ type: [RootCauseDto], minItems: 1, maxItems: 50 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => RootCauseDto)
  causes!: RootCauseDto[];
}

export class InitiativeDto {
  @BoundedText(300) title!: string;
  @BoundedText(200, 'Who is accountable for it.') ownerId!: string;

  @ApiProperty({ example: '2027-03-31' })
  @IsDateString({ strict: true })
  dueDate!: string;

  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID('all') kpiId?: string;
  @BoundedText(2000, 'The effect expected on the KPI.') expectedEffect!: string;
}

export class RecordInitiativesDto {
  @ApiProperty({ type: [InitiativeDto], minItems: 1, maxItems: 50 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => InitiativeDto)
  initiatives!: InitiativeDto[];
}

export class SubmitStageDto {
  @OptionalBoundedText(2000) note?: string;
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

  @OptionalBoundedText(2000, 'Required for every decision but approve.')
  reason?: string;
}

export class ProgressDto {
  @ApiProperty({ minimum: 0, maximum: 100 }) @IsInt() @Min(0) @Max(100) percentComplete!: number;

  @ApiProperty({
    enum: [
      InitiativeStatus.OnTrack,
      InitiativeStatus.AtRisk,
      InitiativeStatus.OffTrack,
      InitiativeStatus.Done,
    ],
  })
  @IsIn([
    InitiativeStatus.OnTrack,
    InitiativeStatus.AtRisk,
    InitiativeStatus.OffTrack,
    InitiativeStatus.Done,
  ])
  status!: Exclude<InitiativeStatus, InitiativeStatus.NotStarted>;

  @OptionalBoundedText(2000) note?: string;
}

export class ReasonDto {
  @BoundedText(2000) reason!: string;
}
