import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Role } from '@app/domain';
import { Roles } from '../auth/auth.decorators';
import { Clock } from '../platform/clock';
import { MAX_PAGE_SIZE } from '../validation/page.query';
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
    description: '{ items: [cycle with pendingApproval.waitingSeconds] }, oldest first',
  })
  async pending(): Promise<{ items: CycleView[] }> {
    const now = this.clock.now();
    const cycles = await this.cycles.awaitingDecision(MAX_PAGE_SIZE);
    return { items: cycles.map((cycle) => CycleView.of(cycle.detail, now)) };
  }
}
