import { Injectable } from '@nestjs/common';
import type { UpdateDefinition } from '@temporalio/client';
import {
  isGrpcCancelledError,
  isGrpcDeadlineError,
  WithStartWorkflowOperation,
  WorkflowIdConflictPolicy,
  WorkflowIdReusePolicy,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
  WorkflowUpdateRPCTimeoutOrCancelledError,
} from '@temporalio/client';
import { ApplicationFailure, WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import type { Command, CycleState, StartCycleInput } from '@app/domain';
import {
  CycleFailureType,
  CycleStateMachine,
  cycleWorkflowId,
  DomainError,
  ErrorCode,
  IMPROVEMENT_CYCLE_WORKFLOW,
  waitUntilRecordedUpdate,
} from '@app/domain';
import { ApiSettings } from '../platform/api-settings';
import { TemporalConnection } from '../temporal/temporal-connection';

const FAILURE_CODES: Record<CycleFailureType, ErrorCode> = {
  [CycleFailureType.ActiveCycleExists]: ErrorCode.Conflict,
  [CycleFailureType.WrongStage]: ErrorCode.Conflict,
  [CycleFailureType.NothingToDecide]: ErrorCode.Conflict,
  [CycleFailureType.InvalidCommand]: ErrorCode.InvalidInput,
  [CycleFailureType.SelfApproval]: ErrorCode.Forbidden,
  [CycleFailureType.NotPermitted]: ErrorCode.Forbidden,
  [CycleFailureType.UnknownInitiative]: ErrorCode.NotFound,
  [CycleFailureType.AlreadyDecided]: ErrorCode.Conflict,
  [CycleFailureType.UnknownRoadmapChange]: ErrorCode.NotFound,
  [CycleFailureType.QuorumUnreachable]: ErrorCode.Conflict,
  [CycleFailureType.UncoveredCauses]: ErrorCode.UncoveredCauses,
  [CycleFailureType.ServiceAccountCannotDecide]: ErrorCode.ServiceAccountCannotDecide,
  [CycleFailureType.NotRecorded]: ErrorCode.Unavailable,
};

/** The API's only way into the improvement-cycle workflows. */
@Injectable()
export class CycleWorkflowGateway {
  constructor(
    private readonly temporal: TemporalConnection,
    private readonly settings: ApiSettings,
  ) {}

  /**
   * Starts the cycle's workflow and waits, in the same call, until its projection row exists, so
   * the caller can read the cycle back at once. With a (scoped) idempotency key the cycle id comes
   * from the key, so a retry finds the running workflow and, by the same update id, gets the
   * first answer.
   */
  async start(input: StartCycleInput, idempotencyKey?: string): Promise<CycleState> {
    const startWorkflowOperation = new WithStartWorkflowOperation(IMPROVEMENT_CYCLE_WORKFLOW, {
      workflowId: cycleWorkflowId(input.cycleId),
      taskQueue: this.settings.taskQueue,
      args: [input],
      workflowIdConflictPolicy: idempotencyKey
        ? WorkflowIdConflictPolicy.USE_EXISTING
        : WorkflowIdConflictPolicy.FAIL,
      workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
    });
    try {
      return await this.temporal.connection.withDeadline(
        Date.now() + this.settings.cycleStartWaitMs,
        () =>
          this.temporal.client.workflow.executeUpdateWithStart(waitUntilRecordedUpdate, {
            startWorkflowOperation,
            ...(idempotencyKey ? { updateId: idempotencyKey } : {}),
          }),
      );
    } catch (error) {
      if (isTimeout(error) && (await this.isRunning(input.cycleId).catch(() => false))) {
        // Started durably but no worker has recorded it yet (e.g. all workers are down): the
        // workflow records it when one is back, which is what 202 Accepted promises.
        return CycleStateMachine.begin(input).state;
      }
      throw translateFailure(error);
    }
  }

  /**
   * Sends a command to the cycle's workflow and returns its state once the command is recorded.
   * `idempotencyKey` (scoped to caller and route) becomes the update id: Temporal answers a repeat
   * with the first outcome.
   */
  async execute<T>(
    cycleId: string,
    update: UpdateDefinition<CycleState, [Command<T>]>,
    command: Command<T>,
    idempotencyKey?: string,
  ): Promise<CycleState> {
    const handle = this.temporal.client.workflow.getHandle(cycleWorkflowId(cycleId));
    try {
      return await this.temporal.connection.withDeadline(
        Date.now() + this.settings.commandWaitMs,
        () =>
          handle.executeUpdate(update, {
            args: [command],
            ...(idempotencyKey ? { updateId: idempotencyKey } : {}),
          }),
      );
    } catch (error) {
      throw translateFailure(error);
    }
  }

  /** Whether the cycle's workflow is running in Temporal. */
  async isRunning(cycleId: string): Promise<boolean> {
    try {
      // Bounded: with Temporal unreachable, the SDK would otherwise retry for about 20 s.
      const description = await this.temporal.connection.withDeadline(
        Date.now() + this.settings.commandWaitMs,
        () => this.temporal.client.workflow.getHandle(cycleWorkflowId(cycleId)).describe(),
      );
      return description.status.name === 'RUNNING';
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) {
        return false;
      }
      throw error;
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

function translateFailure(error: unknown): unknown {
  if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure) {
    const code = FAILURE_CODES[error.cause.type as CycleFailureType];
    if (code) {
      return new DomainError(code, error.cause.message);
    }
  }
  if (error instanceof WorkflowNotFoundError) {
    return DomainError.conflict('the cycle has ended; it takes no more commands');
  }
  if (error instanceof WorkflowExecutionAlreadyStartedError) {
    // Only with an Idempotency-Key: the cycle it started has ended since.
    return DomainError.conflict('the cycle this Idempotency-Key started has ended');
  }
  if (isTimeout(error)) {
    return new DomainError(
      ErrorCode.Unavailable,
      'the command was not confirmed in time; retry with the same Idempotency-Key to get its outcome',
    );
  }
  return error;
}
