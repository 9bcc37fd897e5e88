import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Matches, Max, Min } from 'class-validator';
import { CATALOG_LIMITS, QUARTER } from '@app/domain';

export class StandardResultDto {
  @ApiProperty({ example: '2026-Q3', pattern: QUARTER.source })
  @Matches(QUARTER, { message: 'period must look like 2026-Q3' })
  period!: string;

  @ApiProperty({
    minimum: 0,
    maximum: CATALOG_LIMITS.endCustomers,
    description: 'Requests in the period.',
  })
  @IsInt()
  @Min(0)
  @Max(CATALOG_LIMITS.endCustomers)
  requests!: number;

  @ApiProperty({
    minimum: 0,
    maximum: CATALOG_LIMITS.endCustomers,
    description: 'Of those, served within the standard: at most `requests`.',
  })
  @IsInt()
  @Min(0)
  @Max(CATALOG_LIMITS.endCustomers)
  withinStandard!: number;
}

export class StandardComplianceView {
  @ApiProperty({ example: '2026-Q3' }) period!: string;
  @ApiProperty() requests!: number;
  @ApiProperty() withinStandard!: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    minimum: 0,
    maximum: 1,
    description: '`withinStandard / requests`; null without requests.',
  })
  compliance!: number | null;
}

/** A recorded result: its compliance, with its own id and the service's. */
export class StandardResultView extends StandardComplianceView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) serviceId!: string;
}
