import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsUUID,
  ValidateNested,
} from 'class-validator';
import { CATALOG_LIMITS } from '@app/domain';
import type { JourneyEntity, JourneyStage, JourneyTouchpoint } from '@app/persistence';
import { BoundedText, OptionalBoundedText, UuidField } from '../validation/field-rules';

/** How large a journey may be: a customer's path, not a process model. */
export const JOURNEY_LIMITS = { stages: 20, touchpoints: 20, servicesPerTouchpoint: 20 } as const;

export class TouchpointDto {
  @BoundedText(CATALOG_LIMITS.name) name!: string;

  @UuidField('The front area that serves the customer here.')
  frontAreaId!: string;

  @ApiProperty({
    type: [String],
    format: 'uuid',
    maxItems: JOURNEY_LIMITS.servicesPerTouchpoint,
    description: 'The internal services behind it: each one the front area consumes.',
  })
  @IsArray()
  @ArrayMaxSize(JOURNEY_LIMITS.servicesPerTouchpoint)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  serviceIds!: string[];
}

export class JourneyStageDto {
  @BoundedText(CATALOG_LIMITS.name) name!: string;

  @ApiProperty({ type: [TouchpointDto], minItems: 1, maxItems: JOURNEY_LIMITS.touchpoints })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(JOURNEY_LIMITS.touchpoints)
  @ValidateNested({ each: true })
  @Type(() => TouchpointDto)
  touchpoints!: TouchpointDto[];
}

export class CreateJourneyDto {
  @BoundedText(CATALOG_LIMITS.name) name!: string;
  @OptionalBoundedText(CATALOG_LIMITS.name, 'The customer segment; absent: every customer.')
  segment?: string;

  @ApiProperty({ type: [JourneyStageDto], minItems: 1, maxItems: JOURNEY_LIMITS.stages })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(JOURNEY_LIMITS.stages)
  @ValidateNested({ each: true })
  @Type(() => JourneyStageDto)
  stages!: JourneyStageDto[];
}

class JourneyTouchpointView implements JourneyTouchpoint {
  @ApiProperty({ format: 'uuid', description: 'Given when the journey was recorded.' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ format: 'uuid' }) frontAreaId!: string;
  @ApiProperty({ type: [String], format: 'uuid' }) serviceIds!: string[];
}

class JourneyStageView implements JourneyStage {
  @ApiProperty() name!: string;
  @ApiProperty({ type: [JourneyTouchpointView] }) touchpoints!: JourneyTouchpointView[];
}

export class JourneyView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true }) segment!: string | null;
  @ApiProperty({ type: [JourneyStageView] }) stages!: JourneyStageView[];
  @ApiProperty() createdBy!: string;
  @ApiProperty({ minimum: 1, description: '1 when created, one more with each change.' })
  version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;

  static of(journey: JourneyEntity): JourneyView {
    return {
      id: journey.id,
      name: journey.name,
      segment: journey.segment,
      stages: journey.stages,
      createdBy: journey.createdBy,
      version: journey.version,
      createdAt: journey.createdAt.toISOString(),
    };
  }
}
