import { applyDecorators } from '@nestjs/common';
import type { PriorityRule } from '@app/domain';
import { CATALOG_LIMITS, PRIORITY_RULES, QUARTER } from '@app/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { lowerCaseIds } from '../validation/id.param';

/** The default rule's former name, still accepted for it; deprecated in the OpenAPI document. */
const DEPRECATED_DEFAULT_RULE_ALIAS = 'seed';

export class VolumeDto {
  @ApiProperty({ example: '2026-Q3', pattern: QUARTER.source })
  @Matches(QUARTER, { message: 'period must look like 2026-Q3' })
  period!: string;
  @ApiProperty({ minimum: 0, maximum: CATALOG_LIMITS.endCustomers })
  @IsInt()
  @Min(0)
  @Max(CATALOG_LIMITS.endCustomers)
  endCustomers!: number;
  @ApiProperty({ minimum: 0, maximum: 1 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1)
  reworkRate!: number;
}

/** A criterion rated on the ranking's 1..5 scale. */
function CriterionRating(description: string): PropertyDecorator {
  const { criterionLowest: lowest, criterionHighest: highest } = CATALOG_LIMITS;
  return applyDecorators(
    ApiProperty({ minimum: lowest, maximum: highest, description }),
    IsInt(),
    Min(lowest),
    Max(highest),
  );
}

export class CriteriaDto {
  @CriterionRating('Impact on the current strategy.')
  strategyImpact!: number;
  @CriterionRating('Margins involved.')
  marginsInvolved!: number;
  @CriterionRating('Ease of transformation.')
  easeOfTransformation!: number;
}

/** A criterion's weight in the weighted rule, 0 to 100. */
function Weight(criterion: string): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({
      minimum: 0,
      maximum: 100,
      description: `weighted rule: weight of ${criterion}`,
    }),
    Type(() => Number),
    IsOptional(),
    IsNumber({ allowNaN: false, allowInfinity: false }),
    Min(0),
    Max(100),
  );
}

/** `?includeRetired=true`: retired services too; `false` or left out: only those in service. */
export class RetiredQuery {
  @ApiPropertyOptional({
    type: Boolean,
    default: false,
    description: 'Include retired services (left out by default).',
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    value === 'true' ? true : value === 'false' ? false : value,
  )
  @IsBoolean({ message: 'includeRetired must be true or false' })
  includeRetired?: boolean;
}

export class PrioritiesQuery extends RetiredQuery {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Default: the latest survey with responses.',
  })
  @IsOptional()
  @Transform(lowerCaseIds)
  @IsUUID('all')
  surveyId?: string;

  @ApiPropertyOptional({
    example: '2026-Q3',
    pattern: QUARTER.source,
    description: 'Default: the latest quarter with volumes.',
  })
  @IsOptional()
  @Matches(QUARTER, { message: 'period must look like 2026-Q3' })
  period?: string;

  @ApiPropertyOptional({
    enum: [...PRIORITY_RULES, DEPRECATED_DEFAULT_RULE_ALIAS],
    default: 'default',
    description:
      '`default`: the internal-customer rule (worst rated first, then more end customers, then ' +
      'more rework). `weighted`: the weights below over each service’s criteria. ' +
      `\`${DEPRECATED_DEFAULT_RULE_ALIAS}\` is a deprecated alias of \`default\` (same ranking, ` +
      'answered as `default`): use `default`.',
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    value === DEPRECATED_DEFAULT_RULE_ALIAS ? 'default' : value,
  )
  @IsIn(PRIORITY_RULES)
  rule?: PriorityRule;

  @Weight('impact on the current strategy') strategyImpact?: number;
  @Weight('number of customers involved') customers?: number;
  @Weight('margins involved') margins?: number;
  @Weight('ease of transformation') ease?: number;
  @Weight('journey touchpoints the service backs') touchpoints?: number;
}
