import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { Transform } from 'class-transformer';
import { CycleStage, CycleStatus } from '@app/domain';
import { lowerCaseIds } from '../validation/id.param';

export class CycleCountsQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Count only this service’s cycles.' })
  @IsOptional()
  @Transform(lowerCaseIds)
  @IsUUID('all')
  serviceId?: string;
}

export class CycleCountView {
  @ApiProperty({ enum: CycleStage }) stage!: CycleStage;
  @ApiProperty({ enum: CycleStatus }) status!: CycleStatus;
  @ApiProperty({ type: 'integer', minimum: 1 }) count!: number;
}

export class CycleCountsView {
  @ApiProperty({
    type: [CycleCountView],
    description: 'One entry per stage and status that has cycles; none for an empty one.',
  })
  items!: CycleCountView[];
}
