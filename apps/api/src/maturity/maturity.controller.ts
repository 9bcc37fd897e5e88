import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiProperty,
  ApiTags,
} from '@nestjs/swagger';
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
import type { Capability, CapabilityGap, SelfTestResult } from '@app/domain';
import { CAPABILITIES, maturityGaps, Role, scoreSelfTest } from '@app/domain';
import type { ChangeContext } from '@app/persistence';
import { MaturityRepository } from '@app/persistence';
import { Roles } from '../auth/auth.decorators';
import { Change } from '../auth/change-context.decorator';
import { BoundedText } from '../validation/field-rules';

class RatingDto {
  @ApiProperty({ description: 'A capability id from /v1/maturity/capabilities' })
  @IsString()
  @MaxLength(100)
  capability!: string;
  @ApiProperty({ minimum: 1, maximum: 4 }) @IsInt() current!: number;
  @ApiProperty({ minimum: 1, maximum: 4 }) @IsInt() target!: number;
}

class AssessmentDto {
  @BoundedText(200) name!: string;

  @ApiProperty({ type: [RatingDto], minItems: 1, maxItems: 25 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(25)
  @ValidateNested({ each: true })
  @Type(() => RatingDto)
  ratings!: RatingDto[];
}

class SelfTestDto {
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

/** Seed 003's maturity assessment: capability gaps, and the four-question self-test. */
@ApiTags('maturity')
@ApiBearerAuth()
@Controller('v1/maturity')
export class MaturityController {
  constructor(private readonly assessments: MaturityRepository) {}

  @Get('capabilities')
  @ApiOkResponse({ description: 'The 25 capabilities in their 4 categories.' })
  capabilities(): { items: readonly Capability[] } {
    return { items: CAPABILITIES };
  }

  @Post('assessments')
  @HttpCode(201)
  @Roles(Role.Improver, Role.Admin)
  @ApiCreatedResponse({
    description:
      '`{ id, name, ratings, gaps: [{ capability, category, current, target, size }] }`, largest gap first',
  })
  async assess(
    @Body() body: AssessmentDto,
    @Change() change: ChangeContext,
  ): Promise<{ id: string; name: string; gaps: CapabilityGap[] }> {
    const ratings = body.ratings.map(({ capability, current, target }) => ({
      capability,
      current,
      target,
    }));
    const gaps = maturityGaps(ratings);
    const saved = await this.assessments.save(body.name, ratings, gaps, change);
    return { id: saved.id, name: saved.name, gaps };
  }

  @Post('self-test')
  @HttpCode(200)
  @ApiOkResponse({
    description:
      '`{ points, band }`: long_way_to_go (4-6), doing_well (7-10), on_top_of_it (11-13)',
  })
  selfTest(@Body() body: SelfTestDto): SelfTestResult {
    return scoreSelfTest(body.answers);
  }
}
