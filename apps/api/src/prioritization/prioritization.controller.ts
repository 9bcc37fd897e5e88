import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
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
import { CriteriaDto, PrioritiesQuery, RetiredQuery, VolumeDto } from './prioritization.dto';
import type { Ranking, ServiceMatrix } from './prioritization.service';
import { PrioritizationService } from './prioritization.service';
import { CriteriaView, RankingView, ServiceMatrixView, VolumeView } from './prioritization.view';
import { IdempotentWrite } from '../idempotency/idempotent-write.decorator';

@ApiTags('prioritization')
@ApiBearerAuth()
@Controller('v1')
export class PrioritizationController {
  constructor(private readonly prioritization: PrioritizationService) {}

  @Get('priorities')
  @ApiOkResponse({
    type: RankingView,
    description:
      'The services ranked by the rule, each with the reasons for its rank; retired services only with `includeRetired=true`.',
  })
  @ApiOperation({ summary: 'Rank the services to improve' })
  rank(@Query() query: PrioritiesQuery): Promise<Ranking> {
    return this.prioritization.rank(query);
  }

  @Get('service-matrix')
  @ApiOkResponse({
    type: ServiceMatrixView,
    description:
      'Consumer areas x services x provider areas, each cell with its latest survey rating; retired services only with `includeRetired=true`.',
  })
  @ApiOperation({ summary: 'The service matrix: consumer areas by services' })
  matrix(@Query() query: RetiredQuery): Promise<ServiceMatrix> {
    return this.prioritization.serviceMatrix(query.includeRetired ?? false);
  }

  @Post('services/:id/volumes')
  @IdempotentWrite()
  @HttpCode(201)
  @Roles(Role.Improver, Role.Admin)
  @ApiCreatedResponse({ type: VolumeView, description: 'The quarter’s volumes.' })
  @ApiNotFoundResponse()
  @ApiConflictResponse({
    description: 'The service’s volumes for that period are recorded already.',
  })
  @ApiOperation({ summary: "Record a service's request volume" })
  async recordVolume(
    @Param() { id }: IdParam,
    @Body() body: VolumeDto,
    @Change() change: ChangeContext,
  ) {
    const saved = await this.prioritization.recordVolume(id, body, change);
    return {
      id: saved.id,
      serviceId: id,
      period: saved.period,
      endCustomers: saved.endCustomers,
      reworkRate: saved.reworkRate,
    };
  }

  @Put('services/:id/criteria')
  @Roles(Role.Improver, Role.Admin)
  @ApiOkResponse({
    type: CriteriaView,
    description: 'The service’s criteria for the weighted rule.',
  })
  @ApiNotFoundResponse()
  @ApiOperation({ summary: "Set a service's prioritization criteria" })
  async setCriteria(
    @Param() { id }: IdParam,
    @Body() body: CriteriaDto,
    @Change() change: ChangeContext,
  ) {
    const saved = await this.prioritization.setCriteria(id, body, change);
    return {
      serviceId: id,
      strategyImpact: saved.strategyImpact,
      marginsInvolved: saved.marginsInvolved,
      easeOfTransformation: saved.easeOfTransformation,
    };
  }
}
