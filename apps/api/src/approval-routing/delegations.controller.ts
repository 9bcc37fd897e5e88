import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiTags,
  ApiOperation,
} from '@nestjs/swagger';
import { Role } from '@app/domain';
import type { ChangeContext } from '@app/persistence';
import { Roles } from '../auth/auth.decorators';
import { Change } from '../auth/change-context.decorator';
import { Clock } from '../platform/clock';
import { IdParam } from '../validation/id.param';
import type { ListResponse } from '../validation/page.query';
import { PageQuery } from '../validation/page.query';
import { CreateDelegationDto, DelegationView } from './delegation.dto';
import { DelegationsService } from './delegations.service';
import { ApiListResponse } from '../validation/list-response';
import { IdempotentWrite } from '../idempotency/idempotent-write.decorator';

/**
 * A manager away hands their decisions to another person for a time: the delegate decides the
 * gates the manager may decide, recorded as acting on their behalf.
 */
@ApiTags('approvals')
@ApiBearerAuth()
@Controller('v1/delegations')
export class DelegationsController {
  constructor(
    private readonly delegations: DelegationsService,
    private readonly clock: Clock,
  ) {}

  @Post()
  @IdempotentWrite()
  @HttpCode(201)
  @Roles(Role.Manager)
  @ApiCreatedResponse({ type: DelegationView })
  @ApiBadRequestResponse({
    description: 'Delegating to oneself or to an unknown person, or a window already over.',
  })
  @ApiOperation({ summary: "Delegate one's decisions for a time" })
  async create(
    @Body() body: CreateDelegationDto,
    @Change() change: ChangeContext,
  ): Promise<DelegationView> {
    const { delegateId, startsAt, endsAt, reason } = body;
    const delegation = await this.delegations.create(
      { delegateId, startsAt, endsAt, reason },
      change,
    );
    return DelegationView.of(delegation, this.clock.now());
  }

  @Get()
  @Roles(Role.Manager, Role.Admin)
  @ApiListResponse(
    DelegationView,
    'Those the caller granted or received (an admin: all), oldest first.',
  )
  @ApiOperation({ summary: 'List delegations' })
  async list(
    @Query() query: PageQuery,
    @Change() change: ChangeContext,
  ): Promise<ListResponse<DelegationView>> {
    const page = await this.delegations.list(query.toPageRequest(), change);
    const now = this.clock.now();
    return {
      items: page.items.map((row) => DelegationView.of(row, now)),
      nextCursor: page.nextCursor,
    };
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles(Role.Manager, Role.Admin)
  @ApiNoContentResponse({ description: 'Revoked: the delegate no longer decides for the manager.' })
  @ApiForbiddenResponse({ description: 'Another manager’s delegation.' })
  @ApiNotFoundResponse({ description: 'No such delegation.' })
  @ApiOperation({ summary: 'Revoke a delegation' })
  async revoke(@Param() { id }: IdParam, @Change() change: ChangeContext): Promise<void> {
    await this.delegations.revoke(id, change);
  }
}
