import { Injectable } from '@nestjs/common';
import type { UpdateDefinition } from '@temporalio/client';
import type { Command, CycleState } from '@app/domain';
import { DomainError } from '@app/domain';
import type { ChangeContext } from '@app/persistence';
import { CycleRepository } from '@app/persistence';
import { CycleWorkflowGateway } from './cycle-workflow.gateway';

/** Sends users' commands to a cycle's workflow, which decides whether they are allowed. */
@Injectable()
export class CycleCommandsService {
  constructor(
    private readonly cycles: CycleRepository,
    private readonly workflows: CycleWorkflowGateway,
  ) {}

  async send<T>(
    cycleId: string,
    update: UpdateDefinition<CycleState, [Command<T>]>,
    change: ChangeContext,
    body: T,
    idempotencyKey?: string,
  ): Promise<CycleState> {
    // A cycle accepted while no worker ran is in Temporal before it is in the projection.
    if (!(await this.cycles.findById(cycleId)) && !(await this.workflows.isRunning(cycleId))) {
      throw DomainError.notFound('cycle', cycleId);
    }
    const { actor, requestId } = change;
    const command: Command<T> = { actor, body, ...(requestId ? { requestId } : {}) };
    return this.workflows.execute(cycleId, update, command, idempotencyKey);
  }
}
