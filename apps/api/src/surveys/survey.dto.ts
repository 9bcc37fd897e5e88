import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { CATALOG_LIMITS } from '@app/domain';
import { IsDateString, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import type { SurveyEntity, SurveyResponseEntity } from '@app/persistence';
import { BoundedText, OptionalBoundedText, UuidField } from '../validation/field-rules';
import { lowerCaseIds } from '../validation/id.param';
import { PageQuery } from '../validation/page.query';

export class CreateSurveyDto {
  @BoundedText(CATALOG_LIMITS.name) name!: string;
  @ApiProperty({ example: '2026-07-01' }) @IsDateString({ strict: true }) periodStart!: string;
  @ApiProperty({ example: '2026-09-30' }) @IsDateString({ strict: true }) periodEnd!: string;
  @ApiProperty({ example: 1, minimum: 0, maximum: CATALOG_LIMITS.scaleMinimum })
  @IsInt()
  @Min(0)
  @Max(CATALOG_LIMITS.scaleMinimum)
  scaleMin!: number;
  @ApiProperty({ example: 5, minimum: 1, maximum: CATALOG_LIMITS.scaleMaximum })
  @IsInt()
  @Min(1)
  @Max(CATALOG_LIMITS.scaleMaximum)
  scaleMax!: number;
}

export class SurveyResponseDto {
  @UuidField('The service rated.') serviceId!: string;
  @UuidField('The consumer area that rates it.') respondentAreaId!: string;
  @ApiProperty({ description: 'A whole number within the survey scale.' }) @IsInt() score!: number;
  @OptionalBoundedText(CATALOG_LIMITS.longText) comment?: string;
}

export class SurveyView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() periodStart!: string;
  @ApiProperty() periodEnd!: string;
  @ApiProperty() scaleMin!: number;
  @ApiProperty() scaleMax!: number;

  static of(survey: SurveyEntity): SurveyView {
    const { id, name, periodStart, periodEnd, scaleMin, scaleMax } = survey;
    return { id, name, periodStart, periodEnd, scaleMin, scaleMax };
  }
}

export class ResponsesQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only the responses about this service.' })
  @IsOptional()
  @Transform(lowerCaseIds)
  @IsUUID('all', { message: 'serviceId must be a UUID' })
  serviceId?: string;
}

export class SurveyResponseView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) serviceId!: string;
  @ApiProperty({ format: 'uuid' }) respondentAreaId!: string;
  @ApiProperty() score!: number;
  @ApiProperty({ type: String, nullable: true }) comment!: string | null;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;

  static of(response: SurveyResponseEntity): SurveyResponseView {
    const { id, serviceId, respondentAreaId, score, comment } = response;
    return {
      id,
      serviceId,
      respondentAreaId,
      score,
      comment,
      recordedAt: response.createdAt.toISOString(),
    };
  }
}
