import { ApiProperty } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsUUID, ValidateNested } from 'class-validator';
import type { InitiativeVerdict } from '@app/domain';
import { CYCLE_INPUT_LIMITS as LIMITS, INITIATIVE_VERDICTS } from '@app/domain';
import { OptionalBoundedText } from '../validation/field-rules';
import { lowerCaseIds } from '../validation/id.param';

export class InitiativeVerdictDto {
  @ApiProperty({ format: 'uuid', description: 'One of the cycle’s initiatives.' })
  @IsUUID('all')
  @Transform(lowerCaseIds)
  id!: string;

  @ApiProperty({ enum: INITIATIVE_VERDICTS })
  @IsIn(INITIATIVE_VERDICTS)
  verdict!: InitiativeVerdict;

  @OptionalBoundedText(LIMITS.note) note?: string;
}

/** The re-evaluation's questions, answered with a close, continue or restart decision. */
export class ReEvaluationReviewDto {
  @ApiProperty({ description: 'Is the work still valid given the company’s priorities?' })
  @IsBoolean()
  stillValid!: boolean;

  @ApiProperty({ description: 'Have the company’s priorities changed?' })
  @IsBoolean()
  prioritiesChanged!: boolean;

  @ApiProperty({ description: 'Have the internal customers’ preferences changed?' })
  @IsBoolean()
  customerPreferencesChanged!: boolean;

  @ApiProperty({ description: 'Has the business environment changed?' })
  @IsBoolean()
  environmentChanged!: boolean;

  @ApiProperty({ type: [InitiativeVerdictDto], maxItems: LIMITS.initiatives })
  @IsArray()
  @ArrayMaxSize(LIMITS.initiatives)
  @ValidateNested({ each: true })
  @Type(() => InitiativeVerdictDto)
  initiatives!: InitiativeVerdictDto[];
}
