import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  CheckIn,
  InitiativeOutcome,
  KpiComparison,
  KpiReading,
  MonitoringPeriod,
  ReEvaluationSnapshot,
} from '@app/domain';
import { InitiativeStatus, KpiDirection } from '@app/domain';
import { CycleActorView } from './cycle-approval.view';
import { KpiForecastView } from './cycle-outcome.view';

/** The gap's KPI as monitoring read it: its standing and latest measurement. */
export class KpiReadingView implements KpiReading {
  @ApiProperty({ format: 'uuid' }) kpiId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() unit!: string;
  @ApiProperty({ enum: KpiDirection }) direction!: KpiDirection;
  @ApiProperty() baseline!: number;
  @ApiProperty() target!: number;
  @ApiProperty({ type: Number, nullable: true }) latestValue!: number | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) latestAt!: string | null;
  @ApiPropertyOptional({
    type: KpiForecastView,
    nullable: true,
    description:
      'The trend projected to the re-evaluation’s due date; null with too few measurements, absent on readings from before forecasts.',
  })
  forecast?: KpiForecastView | null;
}

/** A scheduled status check during execution monitoring. */
export class CheckInView implements CheckIn {
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({
    type: KpiReadingView,
    nullable: true,
    description: 'Null when no KPI is tracked.',
  })
  kpi!: KpiReadingView | null;
  @ApiProperty({ type: [String] }) lateInitiativeIds!: string[];
  @ApiProperty({ type: [String] }) offTrackInitiativeIds!: string[];
}

/** The current (or last) period of execution monitoring. */
export class MonitoringPeriodView implements MonitoringPeriod {
  @ApiProperty({ type: 'integer', minimum: 1, description: 'Counts from 1.' }) number!: number;
  @ApiProperty({ format: 'date-time' }) startedAt!: string;
  @ApiProperty({ format: 'date-time' }) reEvaluationDueAt!: string;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Check-ins in this period so far.' })
  checkIns!: number;
}

/** The KPI at re-evaluation against the gap it started from. */
export class KpiComparisonView extends KpiReadingView implements KpiComparison {
  @ApiProperty({ type: Number, nullable: true, description: 'The gap’s current value.' })
  before!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'The latest measurement.' })
  after!: number | null;
  @ApiProperty({ type: Boolean, nullable: true }) improved!: boolean | null;
  @ApiProperty({ type: Boolean, nullable: true }) targetMet!: boolean | null;
}

/** Where one initiative stood when the re-evaluation began. */
export class InitiativeOutcomeView implements InitiativeOutcome {
  @ApiProperty() id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: InitiativeStatus }) status!: InitiativeStatus;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 100 }) percentComplete!: number;
  @ApiProperty({ description: 'ISO date (YYYY-MM-DD) or instant.' }) dueDate!: string;
  @ApiProperty() late!: boolean;
}

/** What a re-evaluation looked at when it began. */
export class ReEvaluationView implements ReEvaluationSnapshot {
  @ApiProperty({ format: 'date-time' }) enteredAt!: string;
  @ApiProperty({ enum: ['schedule', 'manager'] }) trigger!: ReEvaluationSnapshot['trigger'];
  @ApiProperty({
    type: CycleActorView,
    nullable: true,
    description: 'The manager who asked for it; null on schedule.',
  })
  requestedBy!: CycleActorView | null;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
  @ApiProperty({ type: KpiComparisonView, nullable: true, description: 'Null without a KPI.' })
  kpi!: KpiComparisonView | null;
  @ApiProperty({ type: [InitiativeOutcomeView] }) initiatives!: InitiativeOutcomeView[];
}
