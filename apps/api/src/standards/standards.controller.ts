import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiTags,
  ApiOperation,
} from '@nestjs/swagger';
import { Role } from '@app/domain';
import type { ChangeContext } from '@app/persistence';
import { Roles } from '../auth/auth.decorators';
import { Change } from '../auth/change-context.decorator';
import { IdParam } from '../validation/id.param';
import { StandardComplianceView, StandardResultDto, StandardResultView } from './standard.dto';
import { StandardsService } from './standards.service';
import { ApiItemsResponse } from '../validation/list-response';
import { IdempotentWrite } from '../idempotency/idempotent-write.decorator';

/** A service measured against its promised standard. */
@ApiTags('measurement')
@ApiBearerAuth()
@ApiNotFoundResponse({ description: 'No such service.' })
@Controller('v1/services/:id')
export class StandardsController {
  constructor(private readonly standards: StandardsService) {}

  @Post('standard-results')
  @IdempotentWrite()
  @HttpCode(201)
  @Roles(Role.Improver, Role.Admin)
  @ApiCreatedResponse({
    type: StandardResultView,
    description: 'The quarter’s result with its compliance; on the catalog’s audit trail.',
  })
  @ApiConflictResponse({ description: 'The quarter’s result is already recorded.' })
  @ApiOperation({ summary: "Record a period's results against the service standard" })
  record(
    @Param() { id }: IdParam,
    @Body() body: StandardResultDto,
    @Change() change: ChangeContext,
  ): Promise<StandardResultView> {
    return this.standards.record(id, body, change);
  }

  @Get('standard-compliance')
  @ApiItemsResponse(StandardComplianceView, 'One per recorded quarter, oldest quarter first.')
  @ApiOperation({ summary: "A service's compliance with its standard, per period" })
  async compliance(@Param() { id }: IdParam): Promise<{ items: StandardComplianceView[] }> {
    return { items: await this.standards.compliance(id) };
  }
}
