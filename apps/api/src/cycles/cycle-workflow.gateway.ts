import { Injectable } from '@nestjs/common';
import {
  isGrpcCancelledError,
  isGrpcDeadlineError,
  WithStartWorkflowOperation,
  WorkflowIdConflictPolicy,
  WorkflowIdReusePolicy,
  WorkflowUpdateFailedError,
  WorkflowUpdateRPCTimeoutOrCancelledError,
} from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type { CycleSnapshot, StartCycleInput } from '@app/domain';
import {
  CycleFailureType,
  CycleStage,
  CycleStatus,
  cycleWorkflowId,
  DomainError,
  IMPROVEMENT_CYCLE_WORKFLOW,
  waitUntilRecordedUpdate,
} from '@app/domain';
import { ApiSettings } from '../platform/api-settings';
import { TemporalConnection } from '../temporal/temporal-client.provider';

/** The API's only way into the improvement-cycle workflows. */
@Injectable()
export class CycleWorkflowGateway {
  constructor(
    private readonly temporal: TemporalConnection,
    private readonly settings: ApiSettings,
  ) {}

  /**
   * Starts the cycle's workflow and waits, in the same call, until its projection row exists, so
   * the caller can read the cycle back at once.
   */
  async start(input: StartCycleInput): Promise<CycleSnapshot> {
    const startWorkflowOperation = new WithStartWorkflowOperation(IMPROVEMENT_CYCLE_WORKFLOW, {
      workflowId: cycleWorkflowId(input.cycleId),
      taskQueue: this.settings.taskQueue,
      args: [input],
      workflowIdConflictPolicy: WorkflowIdConflictPolicy.FAIL,
      workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
    });
    try {
      return await this.temporal.connection.withDeadline(
        Date.now() + this.settings.cycleStartWaitMs,
        () =>
          this.temporal.client.workflow.executeUpdateWithStart(waitUntilRecordedUpdate, {
            startWorkflowOperation,
          }),
      );
    } catch (error) {
      if (isTimeout(error) && (await this.isRunning(input.cycleId))) {
        // Started durably but no worker has recorded it yet (e.g. all workers are down): the
        // workflow records it when one is back, which is what 202 Accepted promises.
        return startingSnapshot(input);
      }
      throw translateFailure(error);
    }
  }

  private async isRunning(cycleId: string): Promise<boolean> {
    try {
      const description = await this.temporal.client.workflow
        .getHandle(cycleWorkflowId(cycleId))
        .describe();
      return description.status.name === 'RUNNING';
    } catch {
      return false;
    }
  }
}

function isTimeout(error: unknown): boolean {
  return (
    error instanceof WorkflowUpdateRPCTimeoutOrCancelledError ||
    isGrpcDeadlineError(error) ||
    isGrpcCancelledError(error) ||
    (error instanceof Error && isGrpcDeadlineError(error.cause))
  );
}

function startingSnapshot(input: StartCycleInput): CycleSnapshot {
  return {
    cycleId: input.cycleId,
    serviceId: input.serviceId,
    stage: CycleStage.GapIdentification,
    status: CycleStatus.InProgress,
    policy: input.policy,
    previousCycleId: input.previousCycleId ?? null,
    startedAt: input.requestedAt,
  };
}

function translateFailure(error: unknown): unknown {
  if (
    error instanceof WorkflowUpdateFailedError &&
    error.cause instanceof ApplicationFailure &&
    error.cause.type === CycleFailureType.ActiveCycleExists
  ) {
    return DomainError.conflict(error.cause.message);
  }
  return error;
}
