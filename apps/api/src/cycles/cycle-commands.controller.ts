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
import { Transform } from 'class-transformer';
import { IsUUID } from 'class-validator';
import type { UpdateDefinition } from '@temporalio/client';
import type { Command, CycleState } from '@app/domain';
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
import { IdParam, lowerCaseIds } from '../validation/id.param';
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
  @Transform(lowerCaseIds)
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
    @Change() change: ChangeContext,
    @IdempotencyKey() key?: string,
  ): Promise<CycleView> {
    const gap = { ...body, kpiId: body.kpiId ?? null };
    return this.send(id, recordGapUpdate, change, gap, key);
  }

  @Put('root-causes')
  @Roles(Role.Improver)
  async recordRootCauses(
    @Param() { id }: IdParam,
    @Body() body: RecordRootCausesDto,
    @Change() change: ChangeContext,
    @IdempotencyKey() key?: string,
  ): Promise<CycleView> {
    const causes = body.causes.map((cause) => ({ ...cause }));
    return this.send(id, recordRootCausesUpdate, change, causes, key);
  }

  @Put('initiatives')
  @Roles(Role.Improver)
  async recordInitiatives(
    @Param() { id }: IdParam,
    @Body() body: RecordInitiativesDto,
    @Change() change: ChangeContext,
    @IdempotencyKey() key?: string,
  ): Promise<CycleView> {
    const plans = body.initiatives.map((plan) => ({ ...plan, kpiId: plan.kpiId ?? null }));
    return this.send(id, recordInitiativesUpdate, change, plans, key);
  }

  @Post('submit')
  @HttpCode(200)
  @Roles(Role.Improver)
  async submit(
    @Param() { id }: IdParam,
    @Body() body: SubmitStageDto,
    @Change() change: ChangeContext,
    @IdempotencyKey() key?: string,
  ): Promise<CycleView> {
    return this.send(id, submitStageUpdate, change, { note: body.note ?? null }, key);
  }

  @Post('decisions')
  @HttpCode(200)
  @Roles(Role.Manager)
  @ApiForbiddenResponse({ description: 'The caller submitted what awaits the decision.' })
  async decide(
    @Param() { id }: IdParam,
    @Body() body: DecisionDto,
    @Change() change: ChangeContext,
    @IdempotencyKey() key?: string,
  ): Promise<CycleView> {
    const decision = { decision: body.decision, reason: body.reason ?? null };
    return this.send(id, decideUpdate, change, decision, key);
  }

  @Post('initiatives/:initiativeId/progress')
  @HttpCode(200)
  @Roles(Role.Improver)
  async reportProgress(
    @Param() { id, initiativeId }: InitiativeParams,
    @Body() body: ProgressDto,
    @Change() change: ChangeContext,
    @IdempotencyKey() key?: string,
  ): Promise<CycleView> {
    const report = {
      initiativeId,
      percentComplete: body.percentComplete,
      status: body.status,
      note: body.note ?? null,
    };
    return this.send(id, reportProgressUpdate, change, report, key);
  }

  @Post('re-evaluate-now')
  @HttpCode(200)
  @Roles(Role.Manager)
  async reEvaluateNow(
    @Param() { id }: IdParam,
    @Body() body: ReasonDto,
    @Change() change: ChangeContext,
    @IdempotencyKey() key?: string,
  ): Promise<CycleView> {
    return this.send(id, reEvaluateNowUpdate, change, { reason: body.reason }, key);
  }

  @Post('cancel')
  @HttpCode(200)
  @Roles(Role.Manager)
  async cancel(
    @Param() { id }: IdParam,
    @Body() body: ReasonDto,
    @Change() change: ChangeContext,
    @IdempotencyKey() key?: string,
  ): Promise<CycleView> {
    return this.send(id, cancelCycleUpdate, change, { reason: body.reason }, key);
  }

  /** The view is built from the workflow's answer alone, so a retried command gets the same answer. */
  private async send<T>(
    id: string,
    update: UpdateDefinition<CycleState, [Command<T>]>,
    change: ChangeContext,
    body: T,
    key?: string,
  ): Promise<CycleView> {
    return CycleView.of(await this.commands.send(id, update, change, body, key));
  }
}
