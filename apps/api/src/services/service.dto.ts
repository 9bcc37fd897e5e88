import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
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
  IsUUID,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import type { ServiceRecord } from '@app/persistence';
import { BoundedText, OptionalBoundedText, UuidField } from '../validation/field-rules';
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

export class ServiceView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true }) description!: string | null;
  @ApiProperty({ format: 'uuid' }) providerAreaId!: string;
  @ApiProperty({ type: [String] }) consumerAreaIds!: string[];
  @ApiProperty({ type: ServiceStandardDto, nullable: true }) standard!: ServiceStandardDto | null;
  @ApiProperty() critical!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;

  static of(service: ServiceRecord): ServiceView {
    return {
      id: service.id,
      name: service.name,
      description: service.description,
      providerAreaId: service.providerAreaId,
      consumerAreaIds: service.consumerAreaIds,
      standard:
        service.standardDescription === null
          ? null
          : {
              description: service.standardDescription,
              ...(service.standardResponseTimeHours === null
                ? {}
                : { responseTimeHours: service.standardResponseTimeHours }),
            },
      critical: service.critical,
      createdAt: service.createdAt.toISOString(),
    };
  }
}
