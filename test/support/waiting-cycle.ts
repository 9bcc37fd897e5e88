import { randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import type { CycleState } from '@app/domain';
import { CycleStateMachine, cycleWorkflowId, IMPROVEMENT_CYCLE_WORKFLOW, Role } from '@app/domain';

const APPROVAL_SLA = 'P5D';
const APPROVAL_SLA_MS = 5 * 24 * 60 * 60 * 1000;

/**
 * A cycle already waiting for a manager: its workflow sleeps on the approval SLA's timer, due
 * five days on, or at `dueAt` (epoch ms) when given: the gap was submitted five days before.
 */
function waitingState(dueAt?: number): CycleState {
  const actor = { id: 'bench', roles: [Role.Improver] };
  const at = new Date(dueAt === undefined ? Date.now() : dueAt - APPROVAL_SLA_MS).toISOString();
  const machine = CycleStateMachine.begin({
    cycleId: randomUUID(),
    serviceId: randomUUID(),
    policy: { approvalSla: APPROVAL_SLA, checkInEvery: 'P30D', reEvaluateAfter: 'P6M' },
    startedBy: actor,
    requestedAt: at,
  });
  machine.recordGap(
    { statement: 'Slow', kpiId: null, currentValue: 9, targetValue: 2, evidence: 'Survey' },
    actor,
    at,
  );
  machine.submit(null, actor, at);
  return structuredClone(machine.state);
}

/**
 * Starts a waiting cycle from a carried state (no activity runs), so only the worker works.
 * Resolves to its workflow id.
 */
export async function startWaitingCycle(
  temporal: Client,
  taskQueue: string,
  dueAt?: number,
): Promise<string> {
  const state = waitingState(dueAt);
  const handle = await temporal.workflow.start(IMPROVEMENT_CYCLE_WORKFLOW, {
    workflowId: cycleWorkflowId(state.cycleId),
    taskQueue,
    args: [{ continued: state }],
  });
  return handle.workflowId;
}
