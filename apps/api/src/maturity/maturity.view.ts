import { ApiProperty } from '@nestjs/swagger';
import { CapabilityCategory, MATURITY_LEVELS, SelfTestBand } from '@app/domain';

const LEVEL = { type: 'integer', enum: [...MATURITY_LEVELS] } as const;

export class CapabilityView {
  @ApiProperty({ example: 'business_intelligence' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: CapabilityCategory }) category!: CapabilityCategory;
}

export class CapabilityRatingView {
  @ApiProperty({ description: 'A capability id from /v1/maturity/capabilities.' })
  capability!: string;
  @ApiProperty(LEVEL) current!: number;
  @ApiProperty(LEVEL) target!: number;
}

export class CapabilityGapView {
  @ApiProperty() capability!: string;
  @ApiProperty({ enum: CapabilityCategory }) category!: CapabilityCategory;
  @ApiProperty(LEVEL) current!: number;
  @ApiProperty(LEVEL) target!: number;
  @ApiProperty({ type: 'integer', minimum: 1, description: 'target - current.' }) size!: number;
}

export class AssessmentView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: [CapabilityRatingView] }) ratings!: CapabilityRatingView[];
  @ApiProperty({
    type: [CapabilityGapView],
    description: 'The ratings below their target, largest gap first.',
  })
  gaps!: CapabilityGapView[];
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class SelfTestResultView {
  @ApiProperty({ type: 'integer', minimum: 4, maximum: 13 }) points!: number;
  @ApiProperty({
    enum: SelfTestBand,
    description: 'long_way_to_go (4-6), doing_well (7-10), on_top_of_it (11-13).',
  })
  band!: SelfTestBand;
}
