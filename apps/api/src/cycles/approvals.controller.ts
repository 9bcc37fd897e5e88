import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Role } from '@app/domain';
import { Roles } from '../auth/auth.decorators';
import { Clock } from '../platform/clock';
import type { ListResponse } from '../validation/page.query';
import { PageQuery } from '../validation/page.query';
import { CycleView } from './cycle.view';
import { CyclesService } from './cycles.service';

/** A manager's inbox: what waits for a decision, longest wait first. */
@ApiTags('cycles')
@ApiBearerAuth()
@Controller('v1/approvals')
export class ApprovalsController {
  constructor(
    private readonly cycles: CyclesService,
    private readonly clock: Clock,
  ) {}

  @Get('pending')
  @Roles(Role.Manager)
  @ApiOkResponse({
    description:
      '`{ items: [cycle with pendingApproval.waitingSeconds], nextCursor }`, longest wait first; pass `nextCursor` as `cursor` for the next page (null on the last).',
  })
  @ApiBadRequestResponse({ description: 'A limit out of range or a cursor not from this API.' })
  async pending(@Query() query: PageQuery): Promise<ListResponse<CycleView>> {
    const now = this.clock.now();
    const page = await this.cycles.awaitingDecision(query.toPageRequest());
    return {
      items: page.items.map((cycle) => CycleView.of(cycle.detail, now)),
      nextCursor: page.nextCursor,
    };
  }
}
