import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CycleOutcome, KpiForecast } from '@app/domain';
import { Role } from '@app/domain';

export class KpiOutcomeView {
  @ApiProperty() baseline!: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'The latest measurement at or before the cycle started.',
  })
  atStart!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'The latest measurement.' })
  latest!: number | null;
  @ApiProperty() target!: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    description:
      '(latest - baseline) / (target - baseline) x 100, one decimal; null without a latest measurement or when target equals baseline.',
  })
  achievedPercent!: number | null;
}

export class RatingOutcomeView {
  @ApiProperty({
    type: Number,
    nullable: true,
    description:
      'The service’s mean score in the latest survey whose period ended before the cycle started.',
  })
  atStart!: number | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'The service’s mean score in the latest survey (by period) that rated it.',
  })
  latest!: number | null;
}

export class KpiForecastView implements KpiForecast {
  @ApiProperty({ description: 'The KPI’s least-squares trend over its latest six measurements.' })
  projected!: number;
  @ApiProperty({ format: 'date-time', description: 'The re-evaluation’s due date.' })
  at!: string;
  @ApiProperty({ description: 'Whether `projected` reaches the target in the KPI’s direction.' })
  onTrack!: boolean;
}

class KpiSinceView {
  @ApiProperty({ type: Number, nullable: true, description: 'The latest measurement now.' })
  latest!: number | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Against the baseline and target that stood at the cycle’s start.',
  })
  achievedPercent!: number | null;
}

class RatingSinceView {
  @ApiProperty({ type: Number, nullable: true, description: 'The latest survey’s mean now.' })
  latest!: number | null;
}

/** A closed cycle's live figures, after the outcome recorded with its closing. */
export class OutcomeSinceView {
  @ApiPropertyOptional({ type: KpiSinceView }) kpi?: KpiSinceView;
  @ApiPropertyOptional({ type: RatingSinceView }) rating?: RatingSinceView;
}

class OutcomeActorView {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: Role, isArray: true }) roles!: Role[];
}

/** What a cycle measured, as `GET /v1/cycles/:id` adds it to the cycle's outcome. */
export interface MeasuredOutcome {
  kpi?: KpiOutcomeView;
  rating?: RatingOutcomeView;
  forecast?: KpiForecastView;
  since?: OutcomeSinceView;
}

/** How the cycle ended, when it has, and what it measured; each part present once it exists. */
export class CycleOutcomeView implements Partial<CycleOutcome>, MeasuredOutcome {
  @ApiPropertyOptional({ enum: ['close', 'restart', 'cancel'], description: 'How it ended.' })
  decision?: CycleOutcome['decision'];
  @ApiPropertyOptional({ format: 'date-time' }) at?: string;
  @ApiPropertyOptional({ type: OutcomeActorView }) by?: OutcomeActorView;
  @ApiPropertyOptional({ type: String, nullable: true }) reason?: string | null;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  nextCycleId?: string | null;
  @ApiPropertyOptional({
    type: KpiOutcomeView,
    description: 'The tracked KPI (the gap’s), before and now; when the gap names one.',
  })
  kpi?: KpiOutcomeView;
  @ApiPropertyOptional({
    type: RatingOutcomeView,
    description: 'The service’s survey rating, before and now; when a survey rated it.',
  })
  rating?: RatingOutcomeView;
  @ApiPropertyOptional({
    type: KpiForecastView,
    description:
      'The tracked KPI projected to the re-evaluation’s due date; once monitoring started and the KPI has three measurements.',
  })
  forecast?: KpiForecastView;
  @ApiPropertyOptional({
    type: OutcomeSinceView,
    description:
      'A closed cycle: `kpi`, `rating` and `forecast` are as they stood at the closing decision; these are the live figures since.',
  })
  since?: OutcomeSinceView;

  /** The cycle's ending and its measurements in one object; null when there is neither. */
  static of(ended: CycleOutcome | null, measured: MeasuredOutcome = {}): CycleOutcomeView | null {
    const outcome = { ...ended, ...measured };
    return Object.keys(outcome).length > 0 ? outcome : null;
  }
}
