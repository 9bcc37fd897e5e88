import { Body, Controller, HttpCode, Param, Post, Put } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import type { CycleState } from '@app/domain';
import {
  cancelCycleUpdate,
  decideUpdate,
  reEvaluateNowUpdate,
  recordGapUpdate,
  recordInitiativesUpdate,
  recordRootCausesUpdate,
  reportProgressUpdate,
  Role,
  submitStageUpdate,
} from '@app/domain';
import type { ChangeContext } from '@app/persistence';
import { Roles } from '../auth/auth.decorators';
import { Change } from '../auth/change-context.decorator';
import { IdParam } from '../validation/id.param';
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
import { IdempotencyKey } from './idempotency-key.decorator';

class InitiativeParams extends IdParam {
  @IsUUID('all', { message: 'initiativeId must be a UUID' })
  initiativeId!: string;
}

const IDEMPOTENCY_HEADER = {
  name: 'Idempotency-Key',
  required: false,
  description: 'Retrying with the same key returns the first answer instead of acting twice.',
};

/** Stage work, gates and lifecycle commands: each one a Temporal Update on the cycle's workflow. */
@ApiTags('cycles')
@ApiBearerAuth()
@ApiHeader(IDEMPOTENCY_HEADER)
@ApiOkResponse({ type: CycleView })
@ApiNotFoundResponse({ description: 'No such cycle.' })
@ApiConflictResponse({ description: 'Not allowed in the cycle’s current stage or status.' })
@Controller('v1/cycles/:id')
export class CycleCommandsController {
  constructor(private readonly commands: CycleCommandsService) {}

  @Put('gap')
  @Roles(Role.Improver)
  async recordGap(
    @Param() { id }: IdParam,
    @Body() body: RecordGapDto,
    @Change() user: ChangeContext,
    @IdempotencyKey() key?: string,
  ): Promise<CycleView> {
    const gap = { ...body, kpiId: body.kpiId ?? null };
    return this.view(await this.commands.send(id, recordGapUpdate, user, gap, key));
  }

  @Put('root-causes')
  @Roles(Role.Improver)
  async recordRootCauses(
    @Param() { id }: IdParam,
    @Body() body: RecordRootCausesDto,
    @Change() user: ChangeContext,
    @IdempotencyKey() key?: string,
  ): Promise<CycleView> {
    const causes = body.causes.map((cause) => ({ ...cause }));
    return this.view(await this.commands.send(id, recordRootCausesUpdate, user, causes, key));
  }

  @Put('initiatives')
  @Roles(Role.Improver)
  async recordInitiatives(
    @Param() { id }: IdParam,
    @Body() body: RecordInitiativesDto,
    @Change() user: ChangeContext,
    @IdempotencyKey() key?: string,
  ): Promise<CycleView> {
    const plans = body.initiatives.map((plan) => ({ ...plan, kpiId: plan.kpiId ?? null }));
    return this.view(await this.commands.send(id, recordInitiativesUpdate, user, plans, key));
  }

  @Post('submit')
  @HttpCode(200)
  @Roles(Role.Improver)
  async submit(
    @Param() { id }: IdParam,
    @Body() body: SubmitStageDto,
    @Change() user: ChangeContext,
    @IdempotencyKey() key?: string,
  ): Promise<CycleView> {
    return this.view(
      await this.commands.send(id, submitStageUpdate, user, { note: body.note ?? null }, key),
    );
  }

  @Post('decisions')
  @HttpCode(200)
  @Roles(Role.Manager)
  @ApiForbiddenResponse({ description: 'The caller submitted what awaits the decision.' })
  async decide(
    @Param() { id }: IdParam,
    @Body() body: DecisionDto,
    @Change() user: ChangeContext,
    @IdempotencyKey() key?: string,
  ): Promise<CycleView> {
    const decision = { decision: body.decision, reason: body.reason ?? null };
    return this.view(await this.commands.send(id, decideUpdate, user, decision, key));
  }

  @Post('initiatives/:initiativeId/progress')
  @HttpCode(200)
  @Roles(Role.Improver)
  async reportProgress(
    @Param() { id, initiativeId }: InitiativeParams,
    @Body() body: ProgressDto,
    @Change() user: ChangeContext,
    @IdempotencyKey() key?: string,
  ): Promise<CycleView> {
    const report = {
      initiativeId,
      percentComplete: body.percentComplete,
      status: body.status,
      note: body.note ?? null,
    };
    return this.view(await this.commands.send(id, reportProgressUpdate, user, report, key));
  }

  @Post('re-evaluate-now')
  @HttpCode(200)
  @Roles(Role.Manager)
  async reEvaluateNow(
    @Param() { id }: IdParam,
    @Body() body: ReasonDto,
    @Change() user: ChangeContext,
    @IdempotencyKey() key?: string,
  ): Promise<CycleView> {
    return this.view(
      await this.commands.send(id, reEvaluateNowUpdate, user, { reason: body.reason }, key),
    );
  }

  @Post('cancel')
  @HttpCode(200)
  @Roles(Role.Manager)
  async cancel(
    @Param() { id }: IdParam,
    @Body() body: ReasonDto,
    @Change() user: ChangeContext,
    @IdempotencyKey() key?: string,
  ): Promise<CycleView> {
    return this.view(
      await this.commands.send(id, cancelCycleUpdate, user, { reason: body.reason }, key),
    );
  }

  /** Built from the workflow's answer alone, so a retried command gets the same answer. */
  private view(state: CycleState): CycleView {
    return CycleView.of(state);
  }
}
