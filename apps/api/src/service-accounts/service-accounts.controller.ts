import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
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
import {
  CreatedServiceAccountView,
  CreateServiceAccountDto,
  ServiceAccountView,
} from './service-account.dto';
import { ServiceAccountsService } from './service-accounts.service';
import { IdempotentWrite } from '../idempotency/idempotent-write.decorator';

/** Keys for integrations: sent as `Authorization: Bearer ica_…`. Admins only. */
@ApiTags('identity')
@ApiBearerAuth()
@Roles(Role.Admin)
@Controller('v1/service-accounts')
export class ServiceAccountsController {
  constructor(private readonly accounts: ServiceAccountsService) {}

  @Post()
  @IdempotentWrite()
  @HttpCode(201)
  @ApiCreatedResponse({ type: CreatedServiceAccountView })
  @ApiOperation({ summary: 'Add a service account; its key is shown this once' })
  async create(
    @Body() body: CreateServiceAccountDto,
    @Change() change: ChangeContext,
  ): Promise<CreatedServiceAccountView> {
    const { account, key } = await this.accounts.create(
      { name: body.name, roles: body.roles },
      change,
    );
    return { ...ServiceAccountView.of(account), key };
  }

  @Get()
  @ApiListResponse(ServiceAccountView, 'Service accounts, oldest first; never their keys.')
  @ApiOperation({ summary: 'List the service accounts' })
  async list(@Query() query: PageQuery): Promise<ListResponse<ServiceAccountView>> {
    const page = await this.accounts.list(query.toPageRequest());
    return {
      items: page.items.map((account) => ServiceAccountView.of(account)),
      nextCursor: page.nextCursor,
    };
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Revoked: its key answers 401 from now on.' })
  @ApiNotFoundResponse({ description: 'No such service account.' })
  @ApiOperation({ summary: 'Revoke a service account' })
  async revoke(@Param() { id }: IdParam, @Change() change: ChangeContext): Promise<void> {
    await this.accounts.revoke(id, change);
  }
}
