import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
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
import { CreateKpiDto, KpiView, MeasurementView, RecordMeasurementDto } from './kpi.dto';
import { KpisService } from './kpis.service';

@ApiTags('measurement')
@ApiBearerAuth()
@ApiNotFoundResponse()
@Controller('v1')
export class KpisController {
  constructor(private readonly kpis: KpisService) {}

  @Post('services/:id/kpis')
  @HttpCode(201)
  @Roles(Role.Improver, Role.Admin)
  @ApiCreatedResponse({ type: KpiView })
  async create(
    @Param() { id }: IdParam,
    @Body() body: CreateKpiDto,
    @Change() change: ChangeContext,
  ): Promise<KpiView> {
    return KpiView.of(await this.kpis.create(id, body, change), []);
  }

  @Post('kpis/:id/measurements')
  @HttpCode(201)
  @Roles(Role.Improver, Role.Admin)
  @ApiCreatedResponse({ type: MeasurementView })
  async record(
    @Param() { id }: IdParam,
    @Body() body: RecordMeasurementDto,
    @Change() change: ChangeContext,
  ): Promise<MeasurementView> {
    return MeasurementView.of(await this.kpis.record(id, body, change));
  }

  @Get('kpis/:id')
  @ApiOkResponse({ type: KpiView })
  async get(@Param() { id }: IdParam): Promise<KpiView> {
    return KpiView.of(await this.kpis.get(id), await this.kpis.measurements(id));
  }
}
