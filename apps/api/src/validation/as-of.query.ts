import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsOptional } from 'class-validator';

/** `?asOf=`: read the entity as it stood at that time. */
export class AsOfQuery {
  @ApiPropertyOptional({
    format: 'date-time',
    description:
      'The entity as it stood at this time, rebuilt from the catalog chain’s change events; 404 before it existed.',
  })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'asOf must be an ISO 8601 time with its offset' })
  asOf?: string;
}
