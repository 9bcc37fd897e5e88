import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiOperation,
} from '@nestjs/swagger';
import { DomainError, Role } from '@app/domain';
import type { ChangeContext } from '@app/persistence';
import { JourneyRepository } from '@app/persistence';
import { Roles } from '../auth/auth.decorators';
import { Change } from '../auth/change-context.decorator';
import { IdParam } from '../validation/id.param';
import type { ListResponse } from '../validation/page.query';
import { PageQuery } from '../validation/page.query';
import { CreateJourneyDto, JourneyView } from './journey.dto';
import { ApiListResponse } from '../validation/list-response';
import { IdempotentWrite } from '../idempotency/idempotent-write.decorator';

/**
 * Customers' journeys: the touchpoints where front areas serve them and the internal services
 * behind each. Priorities count the touchpoints a service backs.
 */
@ApiTags('catalog')
@ApiBearerAuth()
@Controller('v1/journeys')
export class JourneysController {
  constructor(private readonly journeys: JourneyRepository) {}

  @Post()
  @IdempotentWrite()
  @HttpCode(201)
  @Roles(Role.Improver, Role.Admin)
  @ApiCreatedResponse({ type: JourneyView })
  @ApiBadRequestResponse({
    description:
      'A touchpoint served by no front area, or backed by a service its area does not consume.',
  })
  @ApiOperation({ summary: 'Add a customer journey' })
  async create(
    @Body() body: CreateJourneyDto,
    @Change() change: ChangeContext,
  ): Promise<JourneyView> {
    const journey = await this.journeys.create(
      { name: body.name, segment: body.segment ?? null, stages: body.stages },
      change,
    );
    return JourneyView.of(journey);
  }

  @Get()
  @ApiListResponse(JourneyView, 'Journeys, oldest first.')
  @ApiOperation({ summary: 'List the customer journeys' })
  async list(@Query() query: PageQuery): Promise<ListResponse<JourneyView>> {
    const page = await this.journeys.list(query.toPageRequest());
    return {
      items: page.items.map((journey) => JourneyView.of(journey)),
      nextCursor: page.nextCursor,
    };
  }

  @Get(':id')
  @ApiOkResponse({ type: JourneyView })
  @ApiNotFoundResponse({ description: 'No such journey.' })
  @ApiOperation({ summary: 'One customer journey' })
  async get(@Param() { id }: IdParam): Promise<JourneyView> {
    const journey = await this.journeys.findById(id);
    if (!journey) {
      throw DomainError.notFound('journey', id);
    }
    return JourneyView.of(journey);
  }
}
