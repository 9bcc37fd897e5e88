import { AsOfQuery } from '../validation/as-of.query';
import { ApiProperty, ApiPropertyOptional, PartialType, PickType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsDateString,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import type { KpiTrend } from '@app/domain';
import { KpiDirection, kpiStatus, CATALOG_LIMITS } from '@app/domain';
import type {
  KpiEntity,
  KpiMeasurementEntity,
  MeasurementPage,
  PageRequest,
} from '@app/persistence';
import { BoundedText, OptionalBoundedText } from '../validation/field-rules';
import { IsListCursor } from '../validation/page.query';

export const DEFAULT_MEASUREMENTS = 100;
export const MAX_MEASUREMENTS = 1_000;

/** Which measurements a KPI is read with: the latest `limit`, then the page after `cursor`. */
export class KpiMeasurementsQuery extends AsOfQuery {
  @ApiPropertyOptional({
    minimum: 1,
    maximum: MAX_MEASUREMENTS,
    default: DEFAULT_MEASUREMENTS,
    description: 'How many measurements to include, newest first.',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_MEASUREMENTS)
  limit?: number;

  @ApiPropertyOptional({
    maxLength: 200,
    description: 'The nextCursor of the previous read: its next, older measurements.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @IsListCursor()
  cursor?: string;

  toPageRequest(): PageRequest {
    return {
      limit: this.limit ?? DEFAULT_MEASUREMENTS,
      ...(this.cursor ? { cursor: this.cursor } : {}),
    };
  }
}

const finite = { allowNaN: false, allowInfinity: false } as const;

export class CreateKpiDto {
  @BoundedText(CATALOG_LIMITS.name) name!: string;
  @BoundedText(CATALOG_LIMITS.kpiUnit, 'e.g. hours, %, count') unit!: string;
  @ApiProperty({ enum: KpiDirection }) @IsEnum(KpiDirection) direction!: KpiDirection;
  @ApiProperty() @IsNumber(finite) baseline!: number;
  @ApiProperty() @IsNumber(finite) target!: number;
}

/**
 * A KPI's edit, each field under the rules of a new KPI; a field left out stays. The direction
 * stays: its measurements are read by it.
 */
export class UpdateKpiDto extends PartialType(
  PickType(CreateKpiDto, ['name', 'unit', 'baseline', 'target'] as const),
  { skipNullProperties: false },
) {}

export class RecordMeasurementDto {
  @ApiProperty() @IsNumber(finite) value!: number;
  @ApiProperty({ format: 'date-time' }) @IsDateString({ strict: true }) measuredAt!: string;
  @OptionalBoundedText(CATALOG_LIMITS.measurementSource) source?: string;
}

export class MeasurementView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() value!: number;
  @ApiProperty({ format: 'date-time' }) measuredAt!: string;
  @ApiProperty({ type: String, nullable: true }) source!: string | null;

  static of(row: KpiMeasurementEntity): MeasurementView {
    return {
      id: row.id,
      value: row.value,
      measuredAt: row.measuredAt.toISOString(),
      source: row.source,
    };
  }
}

const NO_MEASUREMENTS: MeasurementPage = {
  items: [],
  nextCursor: null,
  total: 0,
  latestValues: [],
};

/** A KPI in a list: its standing without its measurements. */
export class KpiSummaryView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) serviceId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() unit!: string;
  @ApiProperty({ enum: KpiDirection }) direction!: KpiDirection;
  @ApiProperty() baseline!: number;
  @ApiProperty() target!: number;
  @ApiProperty({ type: Number, nullable: true }) latestValue!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Positive while short of the target.' })
  gapToTarget!: number | null;
  @ApiProperty({ enum: ['improving', 'worsening', 'flat'], nullable: true })
  trend!: KpiTrend | null;
  @ApiProperty({ minimum: 1, description: '1 when created, one more with each change.' })
  version!: number;

  static summaryOf(kpi: KpiEntity, latestValues: number[]): KpiSummaryView {
    const { id, serviceId, name, unit, direction, baseline, target, version } = kpi;
    return {
      id,
      serviceId,
      name,
      unit,
      direction,
      baseline,
      target,
      ...kpiStatus(direction, target, latestValues),
      version,
    };
  }
}

export class KpiView extends KpiSummaryView {
  @ApiProperty({
    type: [MeasurementView],
    description: 'The latest measurements, newest first: `limit` of them (100 by default).',
  })
  measurements!: MeasurementView[];
  @ApiProperty({ description: 'How many measurements the KPI has in all.' })
  measurementCount!: number;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Pass as `cursor` for the next, older measurements; null after the oldest.',
  })
  nextCursor!: string | null;

  static of(kpi: KpiEntity, measurements: MeasurementPage = NO_MEASUREMENTS): KpiView {
    return {
      ...KpiSummaryView.summaryOf(kpi, measurements.latestValues),
      measurements: measurements.items.map((row) => MeasurementView.of(row)),
      measurementCount: measurements.total,
      nextCursor: measurements.nextCursor,
    };
  }
}
