import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiOperation,
} from '@nestjs/swagger';
import { Role } from '@app/domain';
import type { ChangeContext } from '@app/persistence';
import { Roles } from '../auth/auth.decorators';
import { Change } from '../auth/change-context.decorator';
import { IdParam } from '../validation/id.param';
import { ApprovalPoliciesService } from './approval-policies.service';
import { ApprovalPolicyDto, ApprovalPolicyView } from './approval-policy.dto';

/** Who decides an internal service's gates: its approvers, a quorum, and whom to escalate to. */
@ApiTags('approvals')
@ApiBearerAuth()
@ApiNotFoundResponse({ description: 'No such service.' })
@Controller('v1/services/:id/approval-policy')
export class ApprovalPolicyController {
  constructor(private readonly policies: ApprovalPoliciesService) {}

  @Put()
  @Roles(Role.Admin)
  @ApiOkResponse({ type: ApprovalPolicyView, description: 'The new version, now in force.' })
  @ApiBadRequestResponse({
    description: 'A quorum above the number of approvers, a repeated or unknown person.',
  })
  @ApiOperation({ summary: "Set the service's approval policy (a new version)" })
  async put(
    @Param() { id }: IdParam,
    @Body() body: ApprovalPolicyDto,
    @Change() change: ChangeContext,
  ): Promise<ApprovalPolicyView> {
    const { approvers, quorum, escalateTo } = body;
    const policy = await this.policies.put(id, { approvers, quorum, escalateTo }, change);
    return ApprovalPolicyView.of(id, policy);
  }

  @Get()
  @ApiOkResponse({
    type: ApprovalPolicyView,
    description: 'The policy in force; none set: `version` null, any manager decides, quorum 1.',
  })
  @ApiOperation({ summary: "The service's approval policy in force" })
  async get(@Param() { id }: IdParam): Promise<ApprovalPolicyView> {
    return ApprovalPolicyView.of(id, await this.policies.current(id));
  }
}
