import { randomUUID } from 'node:crypto';
import type { Client, WorkflowHandle } from '@temporalio/client';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import type { ApplicationFailure } from '@temporalio/common';
import type { CycleEvent, CycleState } from '@app/domain';
import {
  cancelCycleUpdate,
  CauseCategory,
  CycleFailureType,
  CycleStateMachine,
  cycleWorkflowId,
  decideRoadmapChangeUpdate,
  decideUpdate,
  DEFAULT_CYCLE_POLICY,
  GateDecision,
  getCycleQuery,
  IMPROVEMENT_CYCLE_WORKFLOW,
  reEvaluateNowUpdate,
  Role,
  serviceAccountActorId,
} from '@app/domain';
import type { StubbedCycleWorker } from '../support/stubbed-cycle-worker';
import { recordingActivities, startStubbedCycleWorker } from '../support/stubbed-cycle-worker';

const iris = { id: 'iris', roles: [Role.Improver] };
const manu = { id: 'manu', roles: [Role.Manager] };
/** An integration's key holding every role: Updates sent straight to Temporal, not via the API. */
const integration = {
  id: serviceAccountActorId(randomUUID()),
  roles: [Role.Improver, Role.Manager, Role.Admin],
};

/** A cycle waiting at its first gate, or (`monitoring`) a roadmap change waiting in monitoring. */
function cycleState(until: 'gate' | 'monitoring'): CycleState {
  const at = new Date().toISOString();
  const m = CycleStateMachine.begin({
    cycleId: randomUUID(),
    serviceId: randomUUID(),
    policy: DEFAULT_CYCLE_POLICY,
    startedBy: iris,
    requestedAt: at,
  });
  const gap = { statement: 'Slow', kpiId: null, currentValue: 9, targetValue: 2, evidence: 'S' };
  m.recordGap(gap, iris, at);
  m.submit(null, iris, at);
  if (until === 'monitoring') {
    const causeId = randomUUID();
    const approve = () => m.decide(GateDecision.Approve, null, manu, at, randomUUID());
    approve();
    const cause = {
      category: CauseCategory.Process,
      description: 'Inbox',
      whys: [],
      evidence: 'R',
    };
    m.recordRootCauses([cause], iris, at, [causeId]);
    m.submit(null, iris, at);
    approve();
    const plan = { title: 'Owner', dueDate: '2099-01-01', kpiId: null, expectedEffect: 'Faster' };
    const ids = [randomUUID()];
    m.recordInitiatives(
      [{ ...plan, ownerId: 'olga', addressesCauseIds: [causeId] }],
      ids,
      iris,
      at,
    );
    m.submit(null, iris, at);
    approve();
    const change = {
      reason: 'Later',
      add: [],
      change: [{ id: ids[0] as string, dueDate: '2099-12-31' }],
      drop: [],
    };
    m.roadmap.propose(change, randomUUID(), iris, at, null);
  }
  return structuredClone(m.state);
}

describe('service accounts never decide, also by an Update sent around the API (real Temporal)', () => {
  const taskQueue = `service-accounts-${randomUUID()}`;
  const recorded = new Map<string, CycleEvent[]>();
  let temporal: StubbedCycleWorker;
  let client: Client;

  beforeAll(async () => {
    temporal = await startStubbedCycleWorker(taskQueue, recordingActivities(recorded));
    client = temporal.client;
  });
  afterAll(() => temporal.close());

  const start = async (state: CycleState): Promise<WorkflowHandle> =>
    client.workflow.start(IMPROVEMENT_CYCLE_WORKFLOW, {
      workflowId: cycleWorkflowId(state.cycleId),
      taskQueue,
      args: [{ continued: state }],
    });

  const refusal = async (update: Promise<unknown>) => {
    const error = await update.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(WorkflowUpdateFailedError);
    const cause = (error as WorkflowUpdateFailedError).cause as ApplicationFailure;
    return { type: cause.type, message: cause.message };
  };

  /** Updates the workflow accepted into its history: a validator's refusal leaves none. */
  const acceptedUpdates = async (handle: WorkflowHandle) =>
    (await handle.fetchHistory()).events?.filter(
      (event) => event.workflowExecutionUpdateAcceptedEventAttributes,
    ).length ?? 0;

  it('refuses a gate decision in the validator, outside history; a person decides after', async () => {
    const handle = await start(cycleState('gate'));
    for (const decision of [GateDecision.Approve, GateDecision.Reject]) {
      const body = { decision, reason: 'Fine', review: undefined };
      expect(
        await refusal(handle.executeUpdate(decideUpdate, { args: [{ actor: integration, body }] })),
      ).toEqual({
        type: CycleFailureType.ServiceAccountCannotDecide,
        message: 'only a person may decide a gate or a re-evaluation, never a service account',
      });
    }
    expect(await handle.query(getCycleQuery)).toMatchObject({ status: 'awaiting_approval' });
    expect(await acceptedUpdates(handle)).toBe(0);

    const approved = await handle.executeUpdate(decideUpdate, {
      args: [{ actor: manu, body: { decision: GateDecision.Approve, reason: null } }],
    });
    expect(approved.stage).toBe('root_cause_analysis');
    await handle.terminate('test done');
  });

  it('refuses a roadmap decision, re-evaluate-now and cancel; nothing changes', async () => {
    const state = cycleState('monitoring');
    const changeId = state.pendingRoadmapChange?.id as string;
    const handle = await start(state);
    const decide = { changeId, decision: GateDecision.Approve, reason: 'Ok' };
    const refusals = [
      await refusal(
        handle.executeUpdate(decideRoadmapChangeUpdate, {
          args: [{ actor: integration, body: decide }],
        }),
      ),
      await refusal(
        handle.executeUpdate(reEvaluateNowUpdate, {
          args: [{ actor: integration, body: { reason: 'Now' } }],
        }),
      ),
      await refusal(
        handle.executeUpdate(cancelCycleUpdate, {
          args: [{ actor: integration, body: { reason: 'Stop' } }],
        }),
      ),
    ];

    expect(refusals.map((refused) => refused.type)).toEqual([
      CycleFailureType.ServiceAccountCannotDecide,
      CycleFailureType.ServiceAccountCannotDecide,
      CycleFailureType.ServiceAccountCannotDecide,
    ]);
    const after = await handle.query(getCycleQuery);
    expect(after).toMatchObject({ stage: 'execution_monitoring', eventCount: state.eventCount });
    expect(after.pendingRoadmapChange?.id).toBe(changeId);
    expect(await acceptedUpdates(handle)).toBe(0);
    expect(recorded.get(state.cycleId)).toBeUndefined();

    const cancelled = await handle.executeUpdate(cancelCycleUpdate, {
      args: [{ actor: manu, body: { reason: 'Test done' } }],
    });
    expect(cancelled.status).toBe('cancelled');
  });
});
