import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
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
import { ApiItemsResponse } from '../validation/list-response';
import {
  CreateKpiDto,
  DEFAULT_MEASUREMENTS,
  KpiMeasurementsQuery,
  KpiSummaryView,
  KpiView,
  MeasurementView,
  RecordMeasurementDto,
  UpdateKpiDto,
} from './kpi.dto';
import { KpisService } from './kpis.service';
import { CatalogAsOfService } from '../services/catalog-as-of.service';
import { IdempotentWrite } from '../idempotency/idempotent-write.decorator';

@ApiTags('measurement')
@ApiBearerAuth()
@ApiNotFoundResponse()
@Controller('v1')
export class KpisController {
  constructor(
    private readonly kpis: KpisService,
    private readonly asOf: CatalogAsOfService,
  ) {}

  @Post('services/:id/kpis')
  @IdempotentWrite()
  @HttpCode(201)
  @Roles(Role.Improver, Role.Admin)
  @ApiCreatedResponse({ type: KpiView })
  @ApiOperation({ summary: 'Add a KPI to a service' })
  async create(
    @Param() { id }: IdParam,
    @Body() body: CreateKpiDto,
    @Change() change: ChangeContext,
  ): Promise<KpiView> {
    return KpiView.of(await this.kpis.create(id, body, change));
  }

  @Get('services/:id/kpis')
  @ApiItemsResponse(
    KpiSummaryView,
    'The service’s KPIs, oldest first, with their latest value: `{ items }`.',
  )
  @ApiOperation({ summary: "List a service's KPIs" })
  async forService(@Param() { id }: IdParam): Promise<{ items: KpiSummaryView[] }> {
    const kpis = await this.kpis.forService(id);
    return {
      items: kpis.map(({ kpi, latestValues }) => KpiSummaryView.summaryOf(kpi, latestValues)),
    };
  }

  @Post('kpis/:id/measurements')
  @IdempotentWrite()
  @HttpCode(201)
  @Roles(Role.Improver, Role.Admin)
  @ApiCreatedResponse({ type: MeasurementView })
  @ApiOperation({ summary: 'Record a KPI measurement' })
  async record(
    @Param() { id }: IdParam,
    @Body() body: RecordMeasurementDto,
    @Change() change: ChangeContext,
  ): Promise<MeasurementView> {
    return MeasurementView.of(await this.kpis.record(id, body, change));
  }

  @Get('kpis/:id')
  @ApiVersionedRead(
    KpiView,
    'The KPI, its standing, and its latest measurements, a page at a time.',
  )
  @ApiBadRequestResponse({ description: 'A limit out of 1..1000 or a cursor not from this API.' })
  @ApiOperation({ summary: 'One KPI with its latest measurements' })
  async get(
    @Param() { id }: IdParam,
    @Query() query: KpiMeasurementsQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<KpiView> {
    const kpi = await this.kpis.get(id);
    if (!query.asOf) {
      return tagged(
        reply,
        KpiView.of(kpi, await this.kpis.measurements(id, query.toPageRequest())),
      );
    }
    const at = new Date(query.asOf);
    const then = await this.asOf.asOf('kpi', kpi, at);
    return tagged(
      reply,
      KpiView.of(then, await this.kpis.measurements(id, query.toPageRequest(), at)),
    );
  }

  @Patch('kpis/:id')
  @Roles(Role.Improver, Role.Admin)
  @ApiVersionedEdit(
    KpiView,
    'The KPI as it stands after the edit, with its latest measurements; unchanged, same version.',
  )
  @ApiOperation({ summary: "Edit a KPI's name, unit, baseline or target" })
  async update(
    @Param() { id }: IdParam,
    @Body() body: UpdateKpiDto,
    @IfMatch() ifMatch: string | undefined,
    @Change() change: ChangeContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<KpiView> {
    const kpi = await this.kpis.update(id, body, ifMatch, change);
    const measurements = await this.kpis.measurements(id, { limit: DEFAULT_MEASUREMENTS });
    return tagged(reply, KpiView.of(kpi, measurements));
  }
}
