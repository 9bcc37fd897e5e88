import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Role } from '@app/domain';
import type { ChangeContext } from '@app/persistence';
import { Roles } from '../auth/auth.decorators';
import { Change } from '../auth/change-context.decorator';
import { IdParam } from '../validation/id.param';
import { CriteriaDto, PrioritiesQuery, VolumeDto } from './prioritization.dto';
import type { Ranking } from './prioritization.service';
import { PrioritizationService } from './prioritization.service';

interface MatrixView {
  consumerAreas: { id: string; name: string }[];
  services: {
    id: string;
    name: string;
    providerAreaId: string;
    providerAreaName: string;
    critical: boolean;
  }[];
  cells: {
    serviceId: string;
    consumerAreaId: string;
    providerAreaId: string;
    latestRating: unknown;
  }[];
}

@ApiTags('prioritization')
@ApiBearerAuth()
@Controller('v1')
export class PrioritizationController {
  constructor(private readonly prioritization: PrioritizationService) {}

  @Get('priorities')
  @ApiOkResponse({
    description:
      '`{ rule, surveyId, period, items: [{ rank, serviceId, meanScore, endCustomers, reworkRate, score?, reasons }] }`',
  })
  rank(@Query() query: PrioritiesQuery): Promise<Ranking> {
    const weighted = query.rule === 'weighted';
    const weights = weighted
      ? {
          strategyImpact: query.strategyImpact ?? 0,
          customers: query.customers ?? 0,
          margins: query.margins ?? 0,
          ease: query.ease ?? 0,
        }
      : undefined;
    return this.prioritization.rank(query.surveyId ?? null, query.period ?? null, weights);
  }

  @Get('service-matrix')
  @ApiOkResponse({
    description:
      'Consumer areas x services x provider areas, each cell with its latest survey rating.',
  })
  async matrix(): Promise<MatrixView> {
    const cells = await this.prioritization.cells();
    const consumerAreas = new Map<string, { id: string; name: string }>();
    const services = new Map<string, MatrixView['services'][number]>();
    for (const cell of cells) {
      consumerAreas.set(cell.consumerAreaId, {
        id: cell.consumerAreaId,
        name: cell.consumerAreaName,
      });
      services.set(cell.serviceId, {
        id: cell.serviceId,
        name: cell.serviceName,
        providerAreaId: cell.providerAreaId,
        providerAreaName: cell.providerAreaName,
        critical: cell.critical,
      });
    }
    return {
      consumerAreas: [...consumerAreas.values()],
      services: [...services.values()].sort(
        (a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id),
      ),
      cells: cells.map(({ serviceId, consumerAreaId, providerAreaId, latestRating }) => ({
        serviceId,
        consumerAreaId,
        providerAreaId,
        latestRating,
      })),
    };
  }

  @Post('services/:id/volumes')
  @HttpCode(201)
  @Roles(Role.Improver, Role.Admin)
  @ApiCreatedResponse({ description: 'The quarter’s volumes.' })
  @ApiNotFoundResponse()
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
  @ApiOkResponse({ description: 'The service’s seed-004 criteria.' })
  @ApiNotFoundResponse()
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
