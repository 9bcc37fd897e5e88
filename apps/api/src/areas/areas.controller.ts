import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiTags,
  ApiOperation,
} from '@nestjs/swagger';
import { Role } from '@app/domain';
import type { ChangeContext } from '@app/persistence';
import { Roles } from '../auth/auth.decorators';
import { Change } from '../auth/change-context.decorator';
import { ApiListResponse } from '../validation/list-response';
import type { ListResponse } from '../validation/page.query';
import { PageQuery } from '../validation/page.query';
import { AreaView, CreateAreaDto } from './area.dto';
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

  @Get()
  @ApiListResponse(AreaView, 'Areas, oldest first.')
  @ApiOperation({ summary: 'List the areas' })
  async list(@Query() query: PageQuery): Promise<ListResponse<AreaView>> {
    const page = await this.areas.list(query.toPageRequest());
    return { items: page.items.map((area) => AreaView.of(area)), nextCursor: page.nextCursor };
  }
}
