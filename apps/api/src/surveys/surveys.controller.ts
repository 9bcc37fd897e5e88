import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiOperation,
} from '@nestjs/swagger';
import { Role } from '@app/domain';
import type { ChangeContext, ServiceResult } from '@app/persistence';
import { Roles } from '../auth/auth.decorators';
import { Change } from '../auth/change-context.decorator';
import { IdParam } from '../validation/id.param';
import { ApiItemsResponse, ApiListResponse } from '../validation/list-response';
import type { ListResponse } from '../validation/page.query';
import { PageQuery } from '../validation/page.query';
import {
  CreateSurveyDto,
  ResponsesQuery,
  SurveyResponseDto,
  SurveyResponseView,
  SurveyView,
} from './survey.dto';
import { SurveyResponseRecordedView, SurveyResultView } from './survey-result.view';
import { SurveysService } from './surveys.service';
import { IdempotentWrite } from '../idempotency/idempotent-write.decorator';

@ApiTags('measurement')
@ApiBearerAuth()
@Controller('v1/surveys')
export class SurveysController {
  constructor(private readonly surveys: SurveysService) {}

  @Post()
  @IdempotentWrite()
  @HttpCode(201)
  @Roles(Role.Improver, Role.Admin)
  @ApiCreatedResponse({ type: SurveyView })
  @ApiOperation({ summary: 'Open an internal-customer survey' })
  async create(
    @Body() body: CreateSurveyDto,
    @Change() change: ChangeContext,
  ): Promise<SurveyView> {
    return SurveyView.of(await this.surveys.create(body, change));
  }

  @Get()
  @ApiListResponse(SurveyView, 'Surveys, oldest first: `{ items, nextCursor }`.')
  @ApiOperation({ summary: 'List the surveys' })
  async list(@Query() query: PageQuery): Promise<ListResponse<SurveyView>> {
    const page = await this.surveys.list(query.toPageRequest());
    return {
      items: page.items.map((survey) => SurveyView.of(survey)),
      nextCursor: page.nextCursor,
    };
  }

  @Get(':id/responses')
  @ApiListResponse(
    SurveyResponseView,
    'The survey’s responses with their comments, oldest first: `{ items, nextCursor }`.',
  )
  @ApiNotFoundResponse()
  @ApiOperation({ summary: "List a survey's responses" })
  async responses(
    @Param() { id }: IdParam,
    @Query() query: ResponsesQuery,
  ): Promise<ListResponse<SurveyResponseView>> {
    const page = await this.surveys.responses(
      id,
      query.serviceId ? { serviceId: query.serviceId } : {},
      query.toPageRequest(),
    );
    return {
      items: page.items.map((response) => SurveyResponseView.of(response)),
      nextCursor: page.nextCursor,
    };
  }

  @Get(':id')
  @ApiOkResponse({ type: SurveyView })
  @ApiNotFoundResponse()
  @ApiOperation({ summary: 'One survey' })
  async get(@Param() { id }: IdParam): Promise<SurveyView> {
    return SurveyView.of(await this.surveys.get(id));
  }

  @Post(':id/responses')
  @IdempotentWrite()
  @HttpCode(201)
  @Roles(Role.Improver, Role.Admin)
  @ApiCreatedResponse({ type: SurveyResponseRecordedView })
  @ApiNotFoundResponse({ description: 'No such survey, service or area.' })
  @ApiOperation({ summary: 'Record a survey response' })
  async respond(
    @Param() { id }: IdParam,
    @Body() body: SurveyResponseDto,
    @Change() change: ChangeContext,
  ): Promise<{
    id: string;
    surveyId: string;
    serviceId: string;
    respondentAreaId: string;
    score: number;
  }> {
    const saved = await this.surveys.respond(id, body, change);
    return {
      id: saved.id,
      surveyId: id,
      serviceId: saved.serviceId,
      respondentAreaId: saved.respondentAreaId,
      score: saved.score,
    };
  }

  @Get(':id/results')
  @ApiItemsResponse(SurveyResultView, 'One result per service that was rated, by service id.')
  @ApiNotFoundResponse()
  @ApiOperation({ summary: "A survey's results per service" })
  async results(@Param() { id }: IdParam): Promise<{ items: ServiceResult[] }> {
    return { items: await this.surveys.results(id) };
  }
}
