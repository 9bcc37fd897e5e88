import { ParentClosePolicy, startChild } from '@temporalio/workflow';
import type { CarriedOverWork, CycleEvent, CycleState, StartCycleInput } from '@app/domain';
import { cycleWorkflowId, IMPROVEMENT_CYCLE_WORKFLOW } from '@app/domain';

/** `restart`: the next cycle of the same service runs on as its own workflow, with the drafts. */
export async function startNextCycle(
  state: CycleState,
  nextCycleId: string,
  actor: CycleEvent['actor'],
  at: string,
  carriedOver?: CarriedOverWork,
): Promise<void> {
  const input: StartCycleInput = {
    cycleId: nextCycleId,
    serviceId: state.serviceId,
    policy: state.policy,
    startedBy: actor,
    requestedAt: at,
    previousCycleId: state.cycleId,
    ...(carriedOver ? { carriedOver } : {}),
  };
  await startChild(IMPROVEMENT_CYCLE_WORKFLOW, {
    workflowId: cycleWorkflowId(nextCycleId),
    args: [input],
    parentClosePolicy: ParentClosePolicy.ABANDON,
  });
}
