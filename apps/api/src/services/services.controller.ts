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
import {
  CreateServiceDto,
  ServiceRetirementDto,
  ServiceView,
  UpdateServiceDto,
} from './service.dto';
import { ServicesService } from './services.service';
import { CatalogAsOfService } from './catalog-as-of.service';
import { AsOfQuery } from '../validation/as-of.query';
import { IdempotentWrite } from '../idempotency/idempotent-write.decorator';

@ApiTags('catalog')
@ApiBearerAuth()
@Controller('v1/services')
export class ServicesController {
  constructor(
    private readonly services: ServicesService,
    private readonly asOf: CatalogAsOfService,
  ) {}

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
  @ApiVersionedRead(ServiceView)
  @ApiNotFoundResponse()
  @ApiOperation({ summary: 'One internal service' })
  async get(
    @Param() params: IdParam,
    @Query() { asOf }: AsOfQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ServiceView> {
    const service = ServiceView.of(await this.services.get(params.id));
    return tagged(reply, asOf ? await this.asOf.asOf('service', service, new Date(asOf)) : service);
  }

  @Patch(':id')
  @Roles(Role.Improver, Role.Admin)
  @ApiVersionedEdit(
    ServiceView,
    'The service as it stands after the edit; unchanged, same version.',
  )
  @ApiNotFoundResponse({ description: 'No such service, or a consumer area does not exist.' })
  @ApiConflictResponse({ description: 'Another service has that name.' })
  @ApiOperation({ summary: 'Edit an internal service: name, description, standard, consumers' })
  async update(
    @Param() { id }: IdParam,
    @Body() body: UpdateServiceDto,
    @IfMatch() ifMatch: string | undefined,
    @Change() change: ChangeContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ServiceView> {
    return tagged(reply, ServiceView.of(await this.services.update(id, body, ifMatch, change)));
  }

  @Post(':id/retire')
  @HttpCode(200)
  @Roles(Role.Improver, Role.Admin)
  @ApiVersionedRead(ServiceView, 'The service, retired, at its next version.')
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'The service is retired already.' })
  @ApiOperation({
    summary:
      'Retire a service: out of the ranking and the matrix, no new cycle; running ones go on',
  })
  async retire(
    @Param() { id }: IdParam,
    @Body() body: ServiceRetirementDto,
    @Change() change: ChangeContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ServiceView> {
    return tagged(reply, ServiceView.of(await this.services.retire(id, body.reason, change)));
  }

  @Post(':id/reinstate')
  @HttpCode(200)
  @Roles(Role.Improver, Role.Admin)
  @ApiVersionedRead(ServiceView, 'The service, back in service, at its next version.')
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'The service is not retired.' })
  @ApiOperation({ summary: 'Put a retired service back in service' })
  async reinstate(
    @Param() { id }: IdParam,
    @Body() body: ServiceRetirementDto,
    @Change() change: ChangeContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ServiceView> {
    return tagged(reply, ServiceView.of(await this.services.reinstate(id, body.reason, change)));
  }
}
