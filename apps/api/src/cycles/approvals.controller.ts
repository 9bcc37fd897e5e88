import { Controller, Get, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiExtraModels,
  ApiOkResponse,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
  ApiOperation,
} from '@nestjs/swagger';
import { Role } from '@app/domain';
import type { ChangeContext } from '@app/persistence';
import { Roles } from '../auth/auth.decorators';
import { Change } from '../auth/change-context.decorator';
import { Clock } from '../platform/clock';
import type { ListResponse } from '../validation/page.query';
import { PageQuery } from '../validation/page.query';
import {
  InitiativeChangeView,
  InitiativeDropView,
  PlannedInitiativeView,
} from '../roadmap/roadmap-change-entries.view';
import type { Wait } from './approval-inbox.service';
import { ApprovalInboxService } from './approval-inbox.service';
import { CycleView } from './cycle.view';

class ApprovalSoFar {
  @ApiProperty({ description: 'Who approved: the approver, or their delegate.' }) by!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The approver a delegate acted for.' })
  onBehalfOf!: string | null;
}

class WaitingChange {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() reason!: string;
  @ApiProperty({ type: [PlannedInitiativeView] }) add!: PlannedInitiativeView[];
  @ApiProperty({ type: [InitiativeChangeView] }) change!: InitiativeChangeView[];
  @ApiProperty({ type: [InitiativeDropView] }) drop!: InitiativeDropView[];
  @ApiProperty() proposedBy!: string;
  @ApiProperty({ format: 'date-time' }) proposedAt!: string;
}

/** One wait in the inbox: the cycle, with what waits and where its decision stands. */
export class PendingDecisionView extends CycleView {
  @ApiProperty({
    enum: ['gate', 'roadmap_change'],
    description: 'A stage gate (or the re-evaluation), or a change to the approved roadmap.',
  })
  kind!: Wait['kind'];
  @ApiPropertyOptional({ type: WaitingChange, description: 'The change, when one waits.' })
  roadmapChange?: WaitingChange;
  @ApiProperty({ type: [ApprovalSoFar] }) approvals!: ApprovalSoFar[];
  @ApiProperty({ minimum: 1, description: 'Distinct approvals the wait needs.' }) quorum!: number;
  @ApiProperty({ minimum: 0, description: 'How long it has waited.' }) waitingSeconds!: number;

  static ofWait({ kind, cycle, wait }: Wait, now: Date): PendingDecisionView {
    const change = kind === 'roadmap_change' ? cycle.pendingRoadmapChange : null;
    const since = change?.proposedAt ?? cycle.pendingApproval?.submittedAt ?? cycle.updatedAt;
    return {
      ...CycleView.of(cycle, now),
      kind,
      ...(change
        ? {
            roadmapChange: {
              id: change.id,
              reason: change.reason,
              add: change.add,
              change: change.change,
              drop: change.drop,
              proposedBy: change.proposedBy.id,
              proposedAt: change.proposedAt,
            },
          }
        : {}),
      approvals: wait.approvals ?? [],
      quorum: wait.approvalPolicy?.quorum ?? 1,
      waitingSeconds: Math.max(0, Math.floor((now.getTime() - Date.parse(since)) / 1000)),
    };
  }
}

/** A decider's inbox: what waits for their decision, longest wait first. */
@ApiTags('cycles')
@ApiBearerAuth()
@ApiExtraModels(PendingDecisionView)
@Controller('v1/approvals')
export class ApprovalsController {
  constructor(
    private readonly inbox: ApprovalInboxService,
    private readonly clock: Clock,
  ) {}

  @Get('pending')
  @Roles(Role.Manager, Role.Admin)
  @ApiOkResponse({
    description:
      '`{ items: [wait], nextCursor }`: the waits the caller may decide (an admin: all), longest wait first; pass `nextCursor` as `cursor` for the next page (null on the last).',
    schema: {
      type: 'object',
      required: ['items', 'nextCursor'],
      properties: {
        items: { type: 'array', items: { $ref: '#/components/schemas/PendingDecisionView' } },
        nextCursor: { type: 'string', nullable: true },
      },
    },
  })
  @ApiBadRequestResponse({ description: 'A limit out of range or a cursor not from this API.' })
  @ApiOperation({ summary: "The caller's approval inbox" })
  async pending(
    @Query() query: PageQuery,
    @Change() change: ChangeContext,
  ): Promise<ListResponse<PendingDecisionView>> {
    const now = this.clock.now();
    const page = await this.inbox.awaitingDecision(query.toPageRequest(), change.actor);
    return {
      items: page.items.map((wait) => PendingDecisionView.ofWait(wait, now)),
      nextCursor: page.nextCursor,
    };
  }
}
