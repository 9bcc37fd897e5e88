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
import { BoundedText } from '../validation/field-rules';

export class RatingDto {
  @ApiProperty({ description: 'A capability id from /v1/maturity/capabilities' })
  @IsString()
  @MaxLength(100)
  capability!: string;
  @ApiProperty({ minimum: 1, maximum: 4 }) @IsInt() current!: number;
  @ApiProperty({ minimum: 1, maximum: 4 }) @IsInt() target!: number;
}

export class AssessmentDto {
  @BoundedText(200) name!: string;

  @ApiProperty({ type: [RatingDto], minItems: 1, maxItems: 25 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(25)
  @ValidateNested({ each: true })
  @Type(() => RatingDto)
  ratings!: RatingDto[];
}

export class SelfTestDto {
  @ApiProperty({
    example: ['a', 'b', 'c', 'd'],
    description: 'Questions 1-3 take a-c, question 4 a-d.',
  })
  @IsArray()
  @ArrayMinSize(4)
  @ArrayMaxSize(4)
  @IsIn(['a', 'b', 'c', 'd'], { each: true })
  answers!: string[];
}
