import { Controller, Get, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiExtraModels,
  ApiOkResponse,
  ApiProperty,
  ApiTags,
} from '@nestjs/swagger';
import type { CycleState } from '@app/domain';
import { Role } from '@app/domain';
import type { ChangeContext } from '@app/persistence';
import { Roles } from '../auth/auth.decorators';
import { Change } from '../auth/change-context.decorator';
import { Clock } from '../platform/clock';
import type { ListResponse } from '../validation/page.query';
import { PageQuery } from '../validation/page.query';
import { ApprovalInboxService } from './approval-inbox.service';
import { CycleView } from './cycle.view';

class ApprovalSoFar {
  @ApiProperty({ description: 'Who approved: the approver, or their delegate.' }) by!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The approver a delegate acted for.' })
  onBehalfOf!: string | null;
}

/** One wait in the inbox: the cycle, with where its decision stands. */
export class PendingDecisionView extends CycleView {
  @ApiProperty({ enum: ['gate'], description: 'What waits: a stage gate or the re-evaluation.' })
  kind!: 'gate';
  @ApiProperty({ type: [ApprovalSoFar] }) approvals!: ApprovalSoFar[];
  @ApiProperty({ minimum: 1, description: 'Distinct approvals the wait needs.' }) quorum!: number;
  @ApiProperty({ minimum: 0, description: 'How long it has waited.' }) waitingSeconds!: number;

  static ofWait(state: CycleState, now: Date): PendingDecisionView {
    const cycle = CycleView.of(state, now);
    const pending = cycle.pendingApproval;
    return {
      ...cycle,
      kind: 'gate',
      approvals: (pending?.approvals ?? []).map(({ by, at, onBehalfOf }) => ({
        by,
        at,
        onBehalfOf,
      })),
      quorum: pending?.approvalPolicy?.quorum ?? 1,
      waitingSeconds: pending?.waitingSeconds ?? 0,
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
  async pending(
    @Query() query: PageQuery,
    @Change() change: ChangeContext,
  ): Promise<ListResponse<PendingDecisionView>> {
    const now = this.clock.now();
    const page = await this.inbox.awaitingDecision(query.toPageRequest(), change.actor);
    return {
      items: page.items.map((cycle) => PendingDecisionView.ofWait(cycle.detail, now)),
      nextCursor: page.nextCursor,
    };
  }
}
