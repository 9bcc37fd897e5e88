import { ApiProperty } from '@nestjs/swagger';
import { IsDateString, IsEnum, IsNumber } from 'class-validator';
import type { KpiTrend } from '@app/domain';
import { KpiDirection, kpiStatus } from '@app/domain';
import type { KpiEntity, KpiMeasurementEntity } from '@app/persistence';
import { BoundedText, OptionalBoundedText } from '../validation/field-rules';

const finite = { allowNaN: false, allowInfinity: false } as const;

export class CreateKpiDto {
  @BoundedText(200) name!: string;
  @BoundedText(50, 'e.g. hours, %, count') unit!: string;
  @ApiProperty({ enum: KpiDirection }) @IsEnum(KpiDirection) direction!: KpiDirection;
  @ApiProperty() @IsNumber(finite) baseline!: number;
  @ApiProperty() @IsNumber(finite) target!: number;
}

export class RecordMeasurementDto {
  @ApiProperty() @IsNumber(finite) value!: number;
  @ApiProperty({ format: 'date-time' }) @IsDateString({ strict: true }) measuredAt!: string;
  @OptionalBoundedText(200) source?: string;
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

export class KpiView {
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
  @ApiProperty({ type: [MeasurementView] }) measurements!: MeasurementView[];

  static of(kpi: KpiEntity, measurements: KpiMeasurementEntity[]): KpiView {
    return {
      id: kpi.id,
      serviceId: kpi.serviceId,
      name: kpi.name,
      unit: kpi.unit,
      direction: kpi.direction,
      baseline: kpi.baseline,
      target: kpi.target,
      ...kpiStatus(
        kpi.direction,
        kpi.target,
        measurements.map((row) => row.value),
      ),
      measurements: measurements.map((row) => MeasurementView.of(row)),
    };
  }
}
