import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiOperation,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { cycleWorkflowId, Role } from '@app/domain';
import type { CycleEntity } from '@app/persistence';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { Clock } from '../platform/clock';
import { IdParam } from '../validation/id.param';
import { ApiListResponse } from '../validation/list-response';
import type { ListResponse } from '../validation/page.query';
import type { CycleEvidence } from './cycle-evidence.service';
import { CycleEvidenceService } from './cycle-evidence.service';
import { CycleEvidenceView } from './cycle-evidence.view';
import { CycleCountsQuery, CycleCountsView } from './cycle-counts.view';
import { CycleListQuery, CycleStartedView, StartCycleDto } from './cycle.dto';
import { CycleOutcomeService } from './cycle-outcome.service';
import { CycleView } from './cycle.view';
import { CyclesService } from './cycles.service';
import { IdempotencyKey } from '../idempotency/idempotency-key.decorator';

@ApiTags('cycles')
@ApiBearerAuth()
@Controller('v1/cycles')
export class CyclesController {
  constructor(
    private readonly cycles: CyclesService,
    private readonly evidenceService: CycleEvidenceService,
    private readonly outcomes: CycleOutcomeService,
    private readonly clock: Clock,
  ) {}

  @Post()
  @HttpCode(202)
  @Roles(Role.Improver)
  @ApiAcceptedResponse({ type: CycleStartedView, description: 'The cycle workflow is running.' })
  @ApiNotFoundResponse({ description: 'The service does not exist.' })
  @ApiConflictResponse({ description: 'The service already has an active cycle.' })
  @ApiTooManyRequestsResponse({
    description: 'Temporal is rate limiting; retry after the `Retry-After` header’s seconds.',
  })
  @ApiServiceUnavailableResponse({
    description:
      'Temporal, the database or the identity provider is out of reach; retry after the `Retry-After` header’s seconds.',
  })
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description:
      'Retrying with the same key (same caller, same body) answers with the cycle the first attempt started instead of starting another.',
  })
  @ApiOperation({ summary: 'Start an improvement cycle for a service' })
  async start(
    @Body() body: StartCycleDto,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) reply: FastifyReply,
    @IdempotencyKey() key?: string,
  ): Promise<CycleStartedView> {
    const cycle = await this.cycles.start(body.serviceId, body.policy, user, key);
    void reply.header('location', `/v1/cycles/${cycle.cycleId}`);
    return {
      id: cycle.cycleId,
      workflowId: cycleWorkflowId(cycle.cycleId),
      stage: cycle.stage,
      status: cycle.status,
    };
  }

  @Get()
  @ApiListResponse(CycleView, 'Cycles, oldest first unless `order=newest`.')
  @ApiOperation({ summary: 'List cycles by stage, status and service' })
  async list(@Query() query: CycleListQuery): Promise<ListResponse<CycleView>> {
    const { stage, status, serviceId, order } = query;
    const page = await this.cycles.list(
      { stage, status, serviceId, newestFirst: order === 'newest' },
      query.toPageRequest(),
    );
    return { items: page.items.map((cycle) => this.view(cycle)), nextCursor: page.nextCursor };
  }

  @Get('counts')
  @ApiOkResponse({ type: CycleCountsView })
  @ApiOperation({ summary: 'How many cycles are in each stage and status' })
  async counts(@Query() query: CycleCountsQuery): Promise<CycleCountsView> {
    return { items: await this.cycles.counts(query.serviceId) };
  }

  @Get(':id')
  @ApiOkResponse({ type: CycleView })
  @ApiNotFoundResponse()
  @ApiOperation({ summary: 'One cycle, with its outcome' })
  async get(@Param() params: IdParam): Promise<CycleView> {
    const { state, measured } = await this.outcomes.cycleWithOutcome(params.id);
    return CycleView.of(state, this.clock.now(), measured);
  }

  @Get(':id/evidence')
  @ApiOkResponse({
    type: CycleEvidenceView,
    description:
      'Everything an auditor needs for one improvement: the ranking that chose the service, gap, causes, initiatives, the KPI with its latest 100 measurements (newest first) and `measurementCount`, approvals, reminders and escalations, re-evaluations, outcome and the verified head hash of its history.',
  })
  @ApiNotFoundResponse()
  @ApiOperation({ summary: "The cycle's evidence document for auditors" })
  evidence(@Param() params: IdParam): Promise<CycleEvidence> {
    return this.evidenceService.evidence(params.id);
  }

  private view(cycle: CycleEntity): CycleView {
    return CycleView.of(cycle.detail, this.clock.now());
  }
}
