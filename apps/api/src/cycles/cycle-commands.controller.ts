import { Body, Controller, HttpCode, Param, Post, Put } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
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
import { Role } from '@app/domain';
import type { ChangeContext } from '@app/persistence';
import { InitiativeOwnerMay, PeopleDecide, Roles } from '../auth/auth.decorators';
import { Change } from '../auth/change-context.decorator';
import { IdParam, lowerCaseIds } from '../validation/id.param';
import { ApiCommandUnavailableResponse } from './command-unavailable.decorator';
import { CycleCommandsService } from './cycle-commands.service';
import {
  DecisionDto,
  ProgressDto,
  ReasonDto,
  RecordGapDto,
  RecordInitiativesDto,
  RecordRootCausesDto,
  SubmitStageDto,
} from './cycle-commands.dto';
import { CycleView } from './cycle.view';
import { IdempotencyKey } from '../idempotency/idempotency-key.decorator';

class InitiativeParams extends IdParam {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'initiativeId must be a UUID' })
  @Transform(lowerCaseIds)
  initiativeId!: string;
}

const IDEMPOTENCY_HEADER = {
  name: 'Idempotency-Key',
  required: false,
  description: 'Retrying with the same key returns the first answer instead of acting twice.',
};

/**
 * Stage work, gates and lifecycle commands: each one a Temporal Update on the cycle's workflow.
 * The view is built from the workflow's answer alone, so a retried command gets the same answer.
 */
@ApiTags('cycles')
@ApiBearerAuth()
@ApiHeader(IDEMPOTENCY_HEADER)
@ApiOkResponse({ type: CycleView })
@ApiNotFoundResponse({ description: 'No such cycle.' })
@ApiConflictResponse({ description: 'Not allowed in the cycle’s current stage or status.' })
@ApiCommandUnavailableResponse()
@Controller('v1/cycles/:id')
export class CycleCommandsController {
  constructor(private readonly commands: CycleCommandsService) {}

  @Put('gap')
  @Roles(Role.Improver)
  @ApiOperation({ summary: 'Record the gap' })
  async recordGap(
    @Param() { id }: IdParam,
    @Body() body: RecordGapDto,
    @Change() change: ChangeContext,
    @IdempotencyKey() key?: string,
  ): Promise<CycleView> {
    return CycleView.of(await this.commands.recordGap(id, body, change, key));
  }

  @Put('root-causes')
  @Roles(Role.Improver)
  @ApiOperation({ summary: 'Record the root causes' })
  async recordRootCauses(
    @Param() { id }: IdParam,
    @Body() body: RecordRootCausesDto,
    @Change() change: ChangeContext,
    @IdempotencyKey() key?: string,
  ): Promise<CycleView> {
    return CycleView.of(await this.commands.recordRootCauses(id, body.causes, change, key));
  }

  @Put('initiatives')
  @Roles(Role.Improver)
  @ApiOperation({ summary: 'Record the initiatives' })
  async recordInitiatives(
    @Param() { id }: IdParam,
    @Body() body: RecordInitiativesDto,
    @Change() change: ChangeContext,
    @IdempotencyKey() key?: string,
  ): Promise<CycleView> {
    return CycleView.of(await this.commands.recordInitiatives(id, body.initiatives, change, key));
  }

  @Post('submit')
  @HttpCode(200)
  @Roles(Role.Improver)
  @ApiConflictResponse({
    description:
      'Not allowed in the cycle’s current stage or status; or, with problem type `/problems/uncovered-causes`, initiatives that leave a root cause unaddressed (the detail names each): name it in `addressesCauseIds`, or submit with `uncoveredCauses: "accepted"` and a reason.',
  })
  @ApiOperation({ summary: "Submit the stage's work for approval" })
  async submit(
    @Param() { id }: IdParam,
    @Body() body: SubmitStageDto,
    @Change() change: ChangeContext,
    @IdempotencyKey() key?: string,
  ): Promise<CycleView> {
    return CycleView.of(await this.commands.submit(id, body, change, key));
  }

  @Post('decisions')
  @HttpCode(200)
  @Roles(Role.Manager)
  @PeopleDecide()
  @ApiForbiddenResponse({
    description:
      'The caller submitted, wrote or asked for what awaits the decision, or is not among its approvers.',
  })
  @ApiOperation({ summary: 'Decide a gate or a re-evaluation' })
  async decide(
    @Param() { id }: IdParam,
    @Body() body: DecisionDto,
    @Change() change: ChangeContext,
    @IdempotencyKey() key?: string,
  ): Promise<CycleView> {
    return CycleView.of(await this.commands.decide(id, body, change, key));
  }

  @Post('initiatives/:initiativeId/progress')
  @HttpCode(200)
  @Roles(Role.Improver)
  @InitiativeOwnerMay()
  @ApiForbiddenResponse({ description: 'Neither an improver nor the initiative’s owner.' })
  @ApiOperation({ summary: "Report an initiative's progress" })
  async reportProgress(
    @Param() { id, initiativeId }: InitiativeParams,
    @Body() body: ProgressDto,
    @Change() change: ChangeContext,
    @IdempotencyKey() key?: string,
  ): Promise<CycleView> {
    return CycleView.of(await this.commands.reportProgress(id, initiativeId, body, change, key));
  }

  @Post('re-evaluate-now')
  @HttpCode(200)
  @Roles(Role.Manager)
  @PeopleDecide()
  @ApiOperation({ summary: 'Start the re-evaluation now' })
  async reEvaluateNow(
    @Param() { id }: IdParam,
    @Body() body: ReasonDto,
    @Change() change: ChangeContext,
    @IdempotencyKey() key?: string,
  ): Promise<CycleView> {
    return CycleView.of(await this.commands.reEvaluateNow(id, body, change, key));
  }

  @Post('cancel')
  @HttpCode(200)
  @Roles(Role.Manager)
  @PeopleDecide()
  @ApiOperation({ summary: 'Cancel the cycle' })
  async cancel(
    @Param() { id }: IdParam,
    @Body() body: ReasonDto,
    @Change() change: ChangeContext,
    @IdempotencyKey() key?: string,
  ): Promise<CycleView> {
    return CycleView.of(await this.commands.cancel(id, body, change, key));
  }
}
