import { Controller, Get, Param, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiPropertyOptional,
  ApiTags,
  ApiOperation,
} from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsUUID } from 'class-validator';
import type { Feedback } from '@app/domain';
import { IdParam, lowerCaseIds } from '../validation/id.param';
import { FeedbackView } from './survey-result.view';
import { SurveysService } from './surveys.service';

class FeedbackQuery {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Default: the latest survey (by period) that rated the service.',
  })
  @IsOptional()
  @Transform(lowerCaseIds)
  @IsUUID('all', { message: 'surveyId must be a UUID' })
  surveyId?: string;
}

/** What a service's internal customers said, sorted into what to repeat and what to correct. */
@ApiTags('measurement')
@ApiBearerAuth()
@Controller('v1/services')
export class FeedbackController {
  constructor(private readonly surveys: SurveysService) {}

  @Get(':id/feedback')
  @ApiOkResponse({
    type: FeedbackView,
    description:
      '`{ surveyId, repeat: [comment], correct: [comment] }`: comments given with the top score of the scale, and with a score in its bottom half, oldest first. `surveyId` is null when no survey rated the service.',
  })
  @ApiNotFoundResponse({ description: 'No such service or survey.' })
  @ApiOperation({ summary: 'Comments to repeat and to correct' })
  feedback(
    @Param() { id }: IdParam,
    @Query() query: FeedbackQuery,
  ): Promise<Feedback & { surveyId: string | null }> {
    return this.surveys.feedback(id, query.surveyId);
  }
}
