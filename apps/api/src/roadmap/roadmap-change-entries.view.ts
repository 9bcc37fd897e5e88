import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { InitiativeChange, InitiativeDrop, InitiativePlan } from '@app/domain';

/** An initiative a change adds, as proposed: its id comes once the change is approved. */
export class PlannedInitiativeView implements InitiativePlan {
  @ApiProperty() title!: string;
  @ApiProperty({ description: 'Who is accountable for it: a person id.' }) ownerId!: string;
  @ApiProperty({ description: 'ISO date (YYYY-MM-DD) or instant by which it should be done.' })
  dueDate!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) kpiId!: string | null;
  @ApiProperty() expectedEffect!: string;
  @ApiPropertyOptional({ type: [String], description: 'The root causes (ids) it addresses.' })
  addressesCauseIds?: string[];
}

/** New values for some fields of one initiative: only the fields the proposal gave. */
export class InitiativeChangeView implements InitiativeChange {
  @ApiProperty({ description: 'The initiative it changes.' }) id!: string;
  @ApiPropertyOptional() title?: string;
  @ApiPropertyOptional() ownerId?: string;
  @ApiPropertyOptional({ description: 'ISO date (YYYY-MM-DD) or instant.' }) dueDate?: string;
  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'null: the initiative tracks no KPI any more.',
  })
  kpiId?: string | null;
  @ApiPropertyOptional() expectedEffect?: string;
}

export class InitiativeDropView implements InitiativeDrop {
  @ApiProperty({ description: 'The initiative it drops.' }) id!: string;
  @ApiProperty() reason!: string;
}
