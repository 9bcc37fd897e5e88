import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AreaKind, PRIORITY_RULES } from '@app/domain';

const nullableNumber = { type: Number, nullable: true } as const;

export class PriorityReasonView {
  @ApiProperty({ example: 'mean_score' }) criterion!: string;
  @ApiProperty(nullableNumber) value!: number | null;
  @ApiPropertyOptional() note?: string;
  @ApiPropertyOptional({ description: 'Weighted rule only.' }) weight?: number;
  @ApiPropertyOptional({ description: 'Weighted rule only: 0..1.' }) normalized?: number;
  @ApiPropertyOptional({ description: 'Weighted rule only.' }) contribution?: number;
}

export class RankedServiceView {
  @ApiProperty({ type: 'integer', minimum: 1 }) rank!: number;
  @ApiProperty({ format: 'uuid' }) serviceId!: string;
  @ApiProperty(nullableNumber) meanScore!: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) endCustomers!: number | null;
  @ApiProperty(nullableNumber) reworkRate!: number | null;
  @ApiProperty({ type: 'integer' }) touchpoints!: number;
  @ApiProperty({ ...nullableNumber, description: 'Within standard / requests, 0..1.' })
  standardCompliance!: number | null;
  @ApiPropertyOptional({ description: 'Weighted rule only: 0..1, higher first.' })
  score?: number;
  @ApiProperty({ type: [PriorityReasonView] }) reasons!: PriorityReasonView[];
}

export class PriorityWeightsView {
  @ApiProperty() strategyImpact!: number;
  @ApiProperty() customers!: number;
  @ApiProperty() margins!: number;
  @ApiProperty() ease!: number;
  @ApiProperty() touchpoints!: number;
}

export class RankingView {
  @ApiProperty({ enum: PRIORITY_RULES }) rule!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) surveyId!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '2026-Q3' }) period!: string | null;
  @ApiPropertyOptional({ type: PriorityWeightsView, description: 'Weighted rule only.' })
  weights?: PriorityWeightsView;
  @ApiProperty({ type: [RankedServiceView] }) items!: RankedServiceView[];
}

class MatrixAreaView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: AreaKind }) kind!: AreaKind;
}

class MatrixServiceView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ format: 'uuid' }) providerAreaId!: string;
  @ApiProperty() providerAreaName!: string;
  @ApiProperty() critical!: boolean;
}

class MatrixRatingView {
  @ApiProperty({ format: 'uuid' }) surveyId!: string;
  @ApiProperty() meanScore!: number;
  @ApiProperty({ type: 'integer' }) responses!: number;
  @ApiProperty({ type: 'integer' }) scaleMin!: number;
  @ApiProperty({ type: 'integer' }) scaleMax!: number;
}

class MatrixCellView {
  @ApiProperty({ format: 'uuid' }) serviceId!: string;
  @ApiProperty({ format: 'uuid' }) consumerAreaId!: string;
  @ApiProperty({ format: 'uuid' }) providerAreaId!: string;
  @ApiProperty({ type: MatrixRatingView, nullable: true }) latestRating!: MatrixRatingView | null;
}

export class ServiceMatrixView {
  @ApiProperty({ type: [MatrixAreaView] }) consumerAreas!: MatrixAreaView[];
  @ApiProperty({ type: [MatrixServiceView] }) services!: MatrixServiceView[];
  @ApiProperty({ type: [MatrixCellView] }) cells!: MatrixCellView[];
}

export class VolumeView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) serviceId!: string;
  @ApiProperty({ example: '2026-Q3' }) period!: string;
  @ApiProperty({ type: 'integer' }) endCustomers!: number;
  @ApiProperty() reworkRate!: number;
}

export class CriteriaView {
  @ApiProperty({ format: 'uuid' }) serviceId!: string;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 5 }) strategyImpact!: number;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 5 }) marginsInvolved!: number;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 5 }) easeOfTransformation!: number;
}
