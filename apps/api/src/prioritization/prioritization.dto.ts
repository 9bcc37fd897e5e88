import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsNumber, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { lowerCaseIds } from '../validation/id.param';

const PERIOD = /^\d{4}-Q[1-4]$/;

export class VolumeDto {
  @ApiProperty({ example: '2026-Q3' })
  @Matches(PERIOD, { message: 'period must look like 2026-Q3' })
  period!: string;
  @ApiProperty({ minimum: 0 }) @IsInt() @Min(0) @Max(2_000_000_000) endCustomers!: number;
  @ApiProperty({ minimum: 0, maximum: 1 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1)
  reworkRate!: number;
}

export class CriteriaDto {
  @ApiProperty({ minimum: 1, maximum: 5, description: 'Impact on the current strategy.' })
  @IsInt()
  @Min(1)
  @Max(5)
  strategyImpact!: number;
  @ApiProperty({ minimum: 1, maximum: 5, description: 'Margins involved.' })
  @IsInt()
  @Min(1)
  @Max(5)
  marginsInvolved!: number;
  @ApiProperty({ minimum: 1, maximum: 5, description: 'Ease of transformation.' })
  @IsInt()
  @Min(1)
  @Max(5)
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

export class PrioritiesQuery {
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
    description: 'Default: the latest quarter with volumes.',
  })
  @IsOptional()
  @Matches(PERIOD, { message: 'period must look like 2026-Q3' })
  period?: string;

  @ApiPropertyOptional({ enum: ['seed', 'weighted'], default: 'seed' })
  @IsOptional()
  @IsIn(['seed', 'weighted'])
  rule?: 'seed' | 'weighted';

  @Weight('impact on the current strategy') strategyImpact?: number;
  @Weight('number of customers involved') customers?: number;
  @Weight('margins involved') margins?: number;
  @Weight('ease of transformation') ease?: number;
}
