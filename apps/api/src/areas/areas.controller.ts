import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiTags,
  ApiOperation,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Role } from '@app/domain';
import type { ChangeContext } from '@app/persistence';
import { Roles } from '../auth/auth.decorators';
import { Change } from '../auth/change-context.decorator';
import { ApiVersionedEdit, ApiVersionedRead, IfMatch, tagged } from '../catalog/entity-version';
import { IdParam } from '../validation/id.param';
import { ApiListResponse } from '../validation/list-response';
import type { ListResponse } from '../validation/page.query';
import { PageQuery } from '../validation/page.query';
import { AreaView, CreateAreaDto, UpdateAreaDto } from './area.dto';
import { AreasService } from './areas.service';
import { IdempotentWrite } from '../idempotency/idempotent-write.decorator';

@ApiTags('catalog')
@ApiBearerAuth()
@Controller('v1/areas')
export class AreasController {
  constructor(private readonly areas: AreasService) {}

  @Post()
  @IdempotentWrite()
  @HttpCode(201)
  @Roles(Role.Improver, Role.Admin)
  @ApiCreatedResponse({ type: AreaView })
  @ApiConflictResponse({ description: 'An area with that name exists.' })
  @ApiOperation({ summary: 'Add an area (front or back office)' })
  async create(@Body() body: CreateAreaDto, @Change() change: ChangeContext): Promise<AreaView> {
    return AreaView.of(await this.areas.create(body.name, body.kind, change));
  }

  @Get(':id')
  @ApiVersionedRead(AreaView)
  @ApiNotFoundResponse({ description: 'No such area.' })
  @ApiOperation({ summary: 'One area, with its version as ETag' })
  async get(
    @Param() { id }: IdParam,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AreaView> {
    return tagged(reply, AreaView.of(await this.areas.get(id)));
  }

  @Patch(':id')
  @Roles(Role.Improver, Role.Admin)
  @ApiVersionedEdit(AreaView, 'The area as it stands after the edit; unchanged, same version.')
  @ApiNotFoundResponse({ description: 'No such area.' })
  @ApiConflictResponse({ description: 'Another area has that name.' })
  @ApiOperation({ summary: 'Rename an area' })
  async update(
    @Param() { id }: IdParam,
    @Body() body: UpdateAreaDto,
    @IfMatch() ifMatch: string | undefined,
    @Change() change: ChangeContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AreaView> {
    return tagged(reply, AreaView.of(await this.areas.update(id, body, ifMatch, change)));
  }

  @Get()
  @ApiListResponse(AreaView, 'Areas, oldest first.')
  @ApiOperation({ summary: 'List the areas' })
  async list(@Query() query: PageQuery): Promise<ListResponse<AreaView>> {
    const page = await this.areas.list(query.toPageRequest());
    return { items: page.items.map((area) => AreaView.of(area)), nextCursor: page.nextCursor };
  }
}
