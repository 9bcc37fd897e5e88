import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiTags,
  ApiOperation,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { DomainError, Role } from '@app/domain';
import type { ChangeContext } from '@app/persistence';
import { JourneyRepository } from '@app/persistence';
import { Roles } from '../auth/auth.decorators';
import { Change } from '../auth/change-context.decorator';
import { ApiVersionedEdit, ApiVersionedRead, IfMatch, tagged } from '../catalog/entity-version';
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
  @ApiVersionedRead(JourneyView)
  @ApiNotFoundResponse({ description: 'No such journey.' })
  @ApiOperation({ summary: 'One customer journey' })
  async get(
    @Param() { id }: IdParam,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<JourneyView> {
    const journey = await this.journeys.findById(id);
    if (!journey) {
      throw DomainError.notFound('journey', id);
    }
    return tagged(reply, JourneyView.of(journey));
  }

  @Put(':id')
  @Roles(Role.Improver, Role.Admin)
  @ApiVersionedEdit(
    JourneyView,
    'The journey as sent; a touchpoint named as before, in a stage of the same name and served by the same area, keeps its id. Unchanged: same version.',
  )
  @ApiBadRequestResponse({
    description:
      'A touchpoint served by no front area, or backed by a service its area does not consume.',
  })
  @ApiNotFoundResponse({ description: 'No such journey.' })
  @ApiOperation({ summary: 'Replace a customer journey' })
  async replace(
    @Param() { id }: IdParam,
    @Body() body: CreateJourneyDto,
    @IfMatch() ifMatch: string | undefined,
    @Change() change: ChangeContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<JourneyView> {
    const journey = await this.journeys.replace(
      id,
      { name: body.name, segment: body.segment ?? null, stages: body.stages },
      ifMatch,
      change,
    );
    return tagged(reply, JourneyView.of(journey));
  }
}
