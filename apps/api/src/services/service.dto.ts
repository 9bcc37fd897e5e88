import { ApiProperty, ApiPropertyOptional, PartialType, PickType } from '@nestjs/swagger';
import { CATALOG_LIMITS } from '@app/domain';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import type { ServiceRecord } from '@app/persistence';
import { serviceStandard } from '@app/persistence';
import {
  BoundedText,
  MaxTextLength,
  OptionalBoundedText,
  UuidField,
} from '../validation/field-rules';
import { lowerCaseIds } from '../validation/id.param';

export class ServiceStandardDto {
  @BoundedText(
    CATALOG_LIMITS.standardDescription,
    'The response time or quality level the provider promises.',
  )
  description!: string;

  @ApiPropertyOptional({ minimum: 0, maximum: 8760 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(CATALOG_LIMITS.responseTimeHours)
  responseTimeHours?: number;
}

export class CreateServiceDto {
  @BoundedText(CATALOG_LIMITS.name)
  name!: string;

  @OptionalBoundedText(CATALOG_LIMITS.longText)
  description?: string;

  @UuidField('The back area that provides the service.')
  providerAreaId!: string;

  @ApiProperty({
    type: [String],
    format: 'uuid',
    minItems: 1,
    maxItems: CATALOG_LIMITS.consumers,
    description:
      'Its internal customers: areas, front or back, that depend on it; never its provider.',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(CATALOG_LIMITS.consumers)
  @ArrayUnique()
  @Transform(lowerCaseIds)
  @IsUUID('all', { each: true })
  consumerAreaIds!: string[];

  @ApiPropertyOptional({ type: ServiceStandardDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ServiceStandardDto)
  standard?: ServiceStandardDto;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  critical?: boolean;
}

/**
 * A service's edit, each field under the rules of a new service; a field left out stays, null
 * clears the description or the standard. The provider stays: it is what the service is.
 */
export class UpdateServiceDto extends PartialType(
  PickType(CreateServiceDto, ['name', 'consumerAreaIds', 'critical'] as const),
  { skipNullProperties: false },
) {
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: CATALOG_LIMITS.longText,
    description: 'null clears it.',
  })
  @IsOptional()
  @IsString()
  @MaxTextLength(CATALOG_LIMITS.longText)
  description?: string | null;

  @ApiPropertyOptional({ type: ServiceStandardDto, nullable: true, description: 'null clears it.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ServiceStandardDto)
  standard?: ServiceStandardDto | null;
}

/** Why a service is retired or reinstated: kept in the catalog's history. */
export class ServiceRetirementDto {
  @BoundedText(CATALOG_LIMITS.longText, 'Why: kept in the event on the catalog chain.')
  reason!: string;
}

export class ServiceView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true }) description!: string | null;
  @ApiProperty({ format: 'uuid' }) providerAreaId!: string;
  @ApiProperty({ type: [String] }) consumerAreaIds!: string[];
  @ApiProperty({ type: ServiceStandardDto, nullable: true }) standard!: ServiceStandardDto | null;
  @ApiProperty() critical!: boolean;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description:
      'When it was retired: out of the ranking and the matrix, no new cycle. null while in service.',
  })
  retiredAt!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Why it was retired; null while in service.',
  })
  retiredReason!: string | null;
  @ApiProperty({ minimum: 1, description: '1 when created, one more with each change.' })
  version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;

  static of(service: ServiceRecord): ServiceView {
    return {
      id: service.id,
      name: service.name,
      description: service.description,
      providerAreaId: service.providerAreaId,
      consumerAreaIds: service.consumerAreaIds,
      standard: serviceStandard(service),
      critical: service.critical,
      retiredAt: service.retiredAt?.toISOString() ?? null,
      retiredReason: service.retiredReason,
      version: service.version,
      createdAt: service.createdAt.toISOString(),
    };
  }
}
