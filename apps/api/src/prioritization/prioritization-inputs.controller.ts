import { Controller, Get, Param } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { IdParam } from '../validation/id.param';
import { ApiItemsResponse } from '../validation/list-response';
import type { ServiceCriteria } from './prioritization-inputs.service';
import { PrioritizationInputsService } from './prioritization-inputs.service';
import { CriteriaView, VolumeView } from './prioritization.view';

/** Reads back what `POST …/volumes` and `PUT …/criteria` recorded: everyone may read them. */
@ApiTags('prioritization')
@ApiBearerAuth()
@Controller('v1/services/:id')
export class PrioritizationInputsController {
  constructor(private readonly inputs: PrioritizationInputsService) {}

  @Get('volumes')
  @ApiItemsResponse(VolumeView, 'Every quarter’s end customers and rework rate, oldest first.')
  @ApiNotFoundResponse({ description: 'No such service.' })
  @ApiOperation({ summary: "A service's recorded volumes" })
  async volumes(@Param() { id }: IdParam): Promise<{ items: VolumeView[] }> {
    const volumes = await this.inputs.volumesOf(id);
    return {
      items: volumes.map((volume) => ({
        id: volume.id,
        serviceId: volume.serviceId,
        period: volume.period,
        endCustomers: volume.endCustomers,
        reworkRate: volume.reworkRate,
      })),
    };
  }

  @Get('criteria')
  @ApiOkResponse({
    type: CriteriaView,
    description: 'The criteria last sent to `PUT /v1/services/:id/criteria`, as sent.',
  })
  @ApiNotFoundResponse({ description: 'No such service, or its criteria were never set.' })
  @ApiOperation({ summary: "A service's prioritization criteria" })
  criteria(@Param() { id }: IdParam): Promise<ServiceCriteria> {
    return this.inputs.criteriaOf(id);
  }
}
