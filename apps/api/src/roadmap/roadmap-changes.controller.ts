import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiExtraModels,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiOperation,
  ApiProperty,
} from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsUUID } from 'class-validator';
import { Role, RoadmapChangeStatus } from '@app/domain';
import type { ChangeContext } from '@app/persistence';
import { PeopleDecide, Roles } from '../auth/auth.decorators';
import { Change } from '../auth/change-context.decorator';
import { ApiCommandUnavailableResponse } from '../cycles/command-unavailable.decorator';
import { IdempotencyKey } from '../idempotency/idempotency-key.decorator';
import { IdParam, lowerCaseIds } from '../validation/id.param';
import type { ListResponse } from '../validation/page.query';
import { PageQuery } from '../validation/page.query';
import {
  ProposedChangeView,
  ProposeRoadmapChangeDto,
  RoadmapChangeDecisionDto,
  RoadmapChangeView,
} from './roadmap-change.dto';
import { RoadmapChangesService } from './roadmap-changes.service';

class ChangeParams extends IdParam {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'changeId must be a UUID' })
  @Transform(lowerCaseIds)
  changeId!: string;
}

/**
 * The roadmap after the plan's approval: changes proposed during execution monitoring, each
 * waiting for a decision as a gate does, and nothing changing until one is approved.
 */
@ApiTags('cycles')
@ApiBearerAuth()
@ApiExtraModels(RoadmapChangeView)
@ApiNotFoundResponse({ description: 'No such cycle (or change).' })
@Controller('v1/cycles/:id/roadmap-changes')
export class RoadmapChangesController {
  constructor(private readonly changes: RoadmapChangesService) {}

  @Post()
  @HttpCode(202)
  @Roles(Role.Improver)
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiAcceptedResponse({ type: ProposedChangeView, description: 'Waiting for a decision.' })
  @ApiBadRequestResponse({
    description: 'An initiative that is not part of the cycle, or bad fields.',
  })
  @ApiConflictResponse({ description: 'Not in execution_monitoring, or another change waits.' })
  @ApiCommandUnavailableResponse()
  @ApiOperation({ summary: 'Propose a change to the approved roadmap' })
  async propose(
    @Param() { id }: IdParam,
    @Body() body: ProposeRoadmapChangeDto,
    @Change() change: ChangeContext,
    @IdempotencyKey() key?: string,
  ): Promise<ProposedChangeView> {
    const proposed = await this.changes.propose(id, body, change, key);
    return { id: proposed.id, status: RoadmapChangeStatus.Pending };
  }

  @Get()
  @ApiOkResponse({
    description:
      '`{ items: [change], nextCursor }`: the cycle’s changes, oldest first; pass `nextCursor` as `cursor` for the next page (null on the last).',
    schema: {
      type: 'object',
      required: ['items', 'nextCursor'],
      properties: {
        items: { type: 'array', items: { $ref: '#/components/schemas/RoadmapChangeView' } },
        nextCursor: { type: 'string', nullable: true },
      },
    },
  })
  @ApiOperation({ summary: "List the cycle's roadmap changes" })
  async list(
    @Param() { id }: IdParam,
    @Query() query: PageQuery,
  ): Promise<ListResponse<RoadmapChangeView>> {
    return this.changes.page(id, query.toPageRequest());
  }

  @Post(':changeId/decisions')
  @HttpCode(200)
  @Roles(Role.Manager)
  @PeopleDecide()
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiOkResponse({ type: RoadmapChangeView, description: 'The change, with this decision.' })
  @ApiForbiddenResponse({
    description: 'Its proposer, or someone outside the service’s approvers.',
  })
  @ApiConflictResponse({ description: 'Already decided, or already decided by this person.' })
  @ApiCommandUnavailableResponse()
  @ApiOperation({ summary: 'Decide a roadmap change' })
  async decide(
    @Param() { id, changeId }: ChangeParams,
    @Body() body: RoadmapChangeDecisionDto,
    @Change() change: ChangeContext,
    @IdempotencyKey() key?: string,
  ): Promise<RoadmapChangeView> {
    return this.changes.decide(id, changeId, body, change, key);
  }
}
