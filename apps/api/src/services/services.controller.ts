import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiOperation,
} from '@nestjs/swagger';
import { Role } from '@app/domain';
import type { ChangeContext } from '@app/persistence';
import { Roles } from '../auth/auth.decorators';
import { Change } from '../auth/change-context.decorator';
import { IdParam } from '../validation/id.param';
import { ApiListResponse } from '../validation/list-response';
import type { ListResponse } from '../validation/page.query';
import { PageQuery } from '../validation/page.query';
import { CreateServiceDto, ServiceView } from './service.dto';
import { ServicesService } from './services.service';
import { IdempotentWrite } from '../idempotency/idempotent-write.decorator';

@ApiTags('catalog')
@ApiBearerAuth()
@Controller('v1/services')
export class ServicesController {
  constructor(private readonly services: ServicesService) {}

  @Post()
  @IdempotentWrite()
  @HttpCode(201)
  @Roles(Role.Improver, Role.Admin)
  @ApiCreatedResponse({ type: ServiceView })
  @ApiNotFoundResponse({ description: 'An area id does not exist.' })
  @ApiConflictResponse({ description: 'A service with that name exists.' })
  @ApiOperation({ summary: 'Add an internal service, its provider and its consumer areas' })
  async create(
    @Body() body: CreateServiceDto,
    @Change() change: ChangeContext,
  ): Promise<ServiceView> {
    return ServiceView.of(await this.services.create(body, change));
  }

  @Get()
  @ApiListResponse(ServiceView)
  @ApiOperation({ summary: 'List the internal services' })
  async list(@Query() query: PageQuery): Promise<ListResponse<ServiceView>> {
    const page = await this.services.list(query.toPageRequest());
    return {
      items: page.items.map((service) => ServiceView.of(service)),
      nextCursor: page.nextCursor,
    };
  }

  @Get(':id')
  @ApiOkResponse({ type: ServiceView })
  @ApiNotFoundResponse()
  @ApiOperation({ summary: 'One internal service' })
  async get(@Param() params: IdParam): Promise<ServiceView> {
    return ServiceView.of(await this.services.get(params.id));
  }
}
