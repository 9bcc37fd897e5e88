import { randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import type { CycleActivities, CycleChange, StoredCycleState } from '@app/domain';
import {
  cancelCycleUpdate,
  CycleStateMachine,
  cycleWorkflowId,
  getCycleQuery,
  IMPROVEMENT_CYCLE_WORKFLOW,
  Role,
} from '@app/domain';
import { waitUntil } from '@app/local-stack';
import type { StubbedCycleWorker } from '../support/stubbed-cycle-worker';
import { startStubbedCycleWorker } from '../support/stubbed-cycle-worker';

const iris = { id: 'iris', roles: [Role.Improver] };
const manu = { id: 'manu', roles: [Role.Manager] };

/**
 * A state as runs that continued as new before the rename carry it: a gap waiting for approval,
 * one reminder sent, the list called `notices` and the default rule under its former name.
 */
function stateOfAnEarlierVersion(cycleId: string): StoredCycleState {
  const submittedAt = new Date(Date.now() - 1_500).toISOString();
  const machine = CycleStateMachine.begin({
    cycleId,
    serviceId: randomUUID(),
    policy: { approvalSla: 'PT1S', checkInEvery: 'P30D', reEvaluateAfter: 'P6M' },
    startedBy: iris,
    requestedAt: submittedAt,
  });
  const gap = { statement: 'Slow', kpiId: null, currentValue: 9, targetValue: 2, evidence: 'S' };
  machine.recordGap(gap, iris, submittedAt);
  machine.submit(null, iris, submittedAt);
  machine.recordApprovalOverdue(new Date(Date.parse(submittedAt) + 1_000).toISOString());
  const { escalations, ...rest } = structuredClone(machine.state);
  const selection = {
    rule: 'seed',
    surveyId: null,
    period: null,
    rank: 1,
    rankedServices: 1,
    meanScore: 2,
    endCustomers: null,
    reworkRate: null,
    reasons: [],
    computedAt: submittedAt,
  };
  return { ...rest, notices: escalations, selection };
}

describe('a cycle that continued as new before an upgrade (real Temporal server, activities stubbed)', () => {
  const taskQueue = `continued-${randomUUID()}`;
  let temporal: StubbedCycleWorker;
  let client: Client;
  const changes: CycleChange[] = [];
  const activities: CycleActivities = {
    recordCycleStarted: async () => ({ outcome: 'recorded' }),
    recordCycleEvent: async () => undefined,
    recordCycleChange: async (change) => {
      changes.push(change);
    },
    readKpi: async () => null,
    readApprovalPolicy: async () => null,
    confirmDelegation: async () => false,
  };

  beforeAll(async () => {
    temporal = await startStubbedCycleWorker(taskQueue, activities);
    client = temporal.client;
  });

  afterAll(() => temporal.close());

  it('carries its `notices` on as `escalations` and names the rule `default`', async () => {
    const cycleId = randomUUID();
    const old = stateOfAnEarlierVersion(cycleId);
    const handle = await client.workflow.start(IMPROVEMENT_CYCLE_WORKFLOW, {
      workflowId: cycleWorkflowId(cycleId),
      taskQueue,
      args: [{ continued: old }],
    });

    const restored = await handle.query(getCycleQuery);
    expect(restored.escalations).toEqual(old.notices);
    expect(restored).not.toHaveProperty('notices');
    expect(restored.selection?.rule).toBe('default');

    // The next overdue period escalates, and the projection gets the whole list by its new name.
    await waitUntil('an escalation', async () => changes.some((c) => c.cycleId === cycleId));
    const escalated = changes.find((change) => change.cycleId === cycleId);
    expect(escalated?.event.action).toBe('approval_escalated');
    expect(escalated?.changes).not.toHaveProperty('notices');
    expect(escalated?.changes.escalations?.map((notice) => notice.kind)).toEqual([
      'reminder',
      'escalation',
    ]);

    const cancelled = await handle.executeUpdate(cancelCycleUpdate, {
      args: [{ actor: manu, body: { reason: 'test done' } }],
    });
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.escalations.length).toBeGreaterThanOrEqual(2);
    await handle.result();
  });
});
