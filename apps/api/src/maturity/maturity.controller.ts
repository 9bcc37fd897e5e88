import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiOperation,
} from '@nestjs/swagger';
import type { Capability, SelfTestResult } from '@app/domain';
import { Role } from '@app/domain';
import type { ChangeContext } from '@app/persistence';
import { Roles } from '../auth/auth.decorators';
import { Change } from '../auth/change-context.decorator';
import { IdParam } from '../validation/id.param';
import { ApiItemsResponse, ApiListResponse } from '../validation/list-response';
import type { ListResponse } from '../validation/page.query';
import { PageQuery } from '../validation/page.query';
import { AssessmentDto, SelfTestDto } from './maturity.dto';
import type { AssessmentResult } from './maturity.service';
import { MaturityService } from './maturity.service';
import { AssessmentView, CapabilityView, SelfTestResultView } from './maturity.view';
import { IdempotentWrite } from '../idempotency/idempotent-write.decorator';

/** The maturity assessment: capability gaps, and the four-question self-test. */
@ApiTags('maturity')
@ApiBearerAuth()
@Controller('v1/maturity')
export class MaturityController {
  constructor(private readonly maturity: MaturityService) {}

  @Get('capabilities')
  @ApiItemsResponse(CapabilityView, 'The 25 capabilities in their 4 categories.')
  @ApiOperation({ summary: "The maturity model's capabilities" })
  capabilities(): { items: readonly Capability[] } {
    return { items: this.maturity.capabilities() };
  }

  @Post('assessments')
  @IdempotentWrite()
  @HttpCode(201)
  @Roles(Role.Improver, Role.Admin)
  @ApiCreatedResponse({ type: AssessmentView, description: 'The assessment, largest gap first.' })
  @ApiOperation({ summary: 'Record a maturity assessment' })
  assess(@Body() body: AssessmentDto, @Change() change: ChangeContext): Promise<AssessmentResult> {
    return this.maturity.assess(body, change);
  }

  @Get('assessments')
  @ApiListResponse(AssessmentView, 'Assessments, oldest first, with their ratings and gaps.')
  @ApiOperation({ summary: 'List the maturity assessments' })
  assessments(@Query() query: PageQuery): Promise<ListResponse<AssessmentResult>> {
    return this.maturity.list(query.toPageRequest());
  }

  @Get('assessments/:id')
  @ApiOkResponse({ type: AssessmentView, description: 'The assessment, largest gap first.' })
  @ApiNotFoundResponse({ description: 'No such assessment.' })
  @ApiOperation({ summary: 'One maturity assessment' })
  assessment(@Param() { id }: IdParam): Promise<AssessmentResult> {
    return this.maturity.get(id);
  }

  @Post('self-test')
  @HttpCode(200)
  @ApiOkResponse({
    type: SelfTestResultView,
    description:
      '`{ points, band }`: long_way_to_go (4-6), doing_well (7-10), on_top_of_it (11-13)',
  })
  @ApiOperation({ summary: 'Score the four-question self-test' })
  selfTest(@Body() body: SelfTestDto): SelfTestResult {
    return this.maturity.selfTest(body.answers);
  }
}
