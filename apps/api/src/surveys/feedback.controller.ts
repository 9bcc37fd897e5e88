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
import { IdParam, lowerCaseIds } from '../validation/id.param';
import { PageQuery } from '../validation/page.query';
import { FeedbackView } from './feedback.view';
import { SurveysService } from './surveys.service';

class FeedbackQuery extends PageQuery {
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
      'A page (`?limit=&cursor=`, oldest first) of the comments given with the top score of the scale or a score in its bottom half: `{ surveyId, items, nextCursor, repeat, correct }`, `repeat` and `correct` being the page’s comments of each kind, as v1 answered them. `surveyId` is null when no survey rated the service.',
  })
  @ApiNotFoundResponse({ description: 'No such service or survey.' })
  @ApiOperation({ summary: 'Comments to repeat and to correct, a page at a time' })
  async feedback(@Param() { id }: IdParam, @Query() query: FeedbackQuery): Promise<FeedbackView> {
    return FeedbackView.of(await this.surveys.feedback(id, query.surveyId, query.toPageRequest()));
  }
}
