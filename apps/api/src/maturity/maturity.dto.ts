import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { CAPABILITIES, CATALOG_LIMITS, MATURITY_LEVELS } from '@app/domain';
import { BoundedText } from '../validation/field-rules';

/** A maturity level; the domain refuses one outside them, naming the rating. */
const LEVEL = { minimum: MATURITY_LEVELS[0], maximum: MATURITY_LEVELS.at(-1) };

export class RatingDto {
  @ApiProperty({ description: 'A capability id from /v1/maturity/capabilities' })
  @IsString()
  @MaxLength(100)
  capability!: string;
  @ApiProperty(LEVEL) @IsInt() current!: number;
  @ApiProperty(LEVEL) @IsInt() target!: number;
}

export class AssessmentDto {
  @BoundedText(CATALOG_LIMITS.name) name!: string;

  @ApiProperty({ type: [RatingDto], minItems: 1, maxItems: CAPABILITIES.length })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(CAPABILITIES.length)
  @ValidateNested({ each: true })
  @Type(() => RatingDto)
  ratings!: RatingDto[];
}

export class SelfTestDto {
  @ApiProperty({
    example: ['a', 'b', 'c', 'd'],
    description: 'Questions 1-3 take a-c, question 4 a-d.',
    type: 'array',
    items: { type: 'string', enum: ['a', 'b', 'c', 'd'] },
    minItems: 4,
    maxItems: 4,
  })
  @IsArray()
  @ArrayMinSize(4)
  @ArrayMaxSize(4)
  @IsIn(['a', 'b', 'c', 'd'], { each: true })
  answers!: string[];
}
