import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CycleStage, InitiativeStatus } from '@app/domain';

class InitiativeOriginView {
  @ApiProperty({ format: 'uuid' }) cycleId!: string;
  @ApiProperty() initiativeId!: string;
}

/** An initiative as the cycle's projected state holds it (no `late` here). */
export class StoredInitiativeView {
  @ApiProperty() id!: string;
  @ApiProperty() title!: string;
  @ApiProperty() ownerId!: string;
  @ApiProperty({ description: 'ISO date (YYYY-MM-DD) or instant by which it should be done.' })
  dueDate!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) kpiId!: string | null;
  @ApiProperty() expectedEffect!: string;
  @ApiPropertyOptional({ type: [String], description: 'The root causes (ids) it addresses.' })
  addressesCauseIds?: string[];
  @ApiPropertyOptional({
    type: InitiativeOriginView,
    description: 'A draft carried over by a restart: where it was copied from.',
  })
  origin?: InitiativeOriginView;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 100 }) percentComplete!: number;
  @ApiProperty({ enum: InitiativeStatus }) status!: InitiativeStatus;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  lastProgressAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) lastNote!: string | null;
  @ApiPropertyOptional({ description: 'Why an approved change dropped it.' }) dropReason?: string;
}

/** An initiative the caller owns, with the cycle and service it belongs to. */
export class OwnedInitiativeView {
  @ApiProperty({ format: 'uuid' }) cycleId!: string;
  @ApiProperty({ format: 'uuid' }) serviceId!: string;
  @ApiProperty() serviceName!: string;
  @ApiProperty({
    enum: CycleStage,
    description: 'Where its cycle is: progress is reported in `execution_monitoring`.',
  })
  cycleStage!: CycleStage;
  @ApiProperty({ type: StoredInitiativeView }) initiative!: StoredInitiativeView;
}
