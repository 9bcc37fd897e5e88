import { randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import { WithStartWorkflowOperation, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type {
  Actor,
  CycleActivities,
  CycleEvent,
  CycleState,
  RecordCycleStartedResult,
  StartCycleInput,
} from '@app/domain';
import {
  CycleAction,
  CycleFailureType,
  CycleStateMachine,
  cycleWorkflowId,
  decideUpdate,
  DEFAULT_CYCLE_POLICY,
  GateDecision,
  getCycleQuery,
  IMPROVEMENT_CYCLE_WORKFLOW,
  recordGapUpdate,
  Role,
  submitStageUpdate,
  waitUntilRecordedUpdate,
} from '@app/domain';
import { waitUntil } from '@app/local-stack';
import { recordHistoryIfAsked } from '../support/record-history';
import { pendingTimer, timerCancelledBy } from '../support/workflow-history';
import type { StubbedCycleWorker } from '../support/stubbed-cycle-worker';
import { startStubbedCycleWorker } from '../support/stubbed-cycle-worker';

const iris = { id: 'iris', roles: [Role.Improver] };
const manu = { id: 'manu', roles: [Role.Manager] };

describe('improvement-cycle workflow on a real Temporal server, activities stubbed', () => {
  const taskQueue = `workflow-test-${randomUUID()}`;
  let temporal: StubbedCycleWorker;
  let client: Client;
  const events = new Map<string, CycleEvent[]>();
  let nextOutcome: RecordCycleStartedResult = { outcome: 'recorded' };

  const recordedActions = (cycleId: string) =>
    (events.get(cycleId) ?? []).map((event) => event.action);
  const remember = (cycle: CycleState | string, event: CycleEvent) => {
    const cycleId = typeof cycle === 'string' ? cycle : cycle.cycleId;
    events.set(cycleId, [...(events.get(cycleId) ?? []), event]);
  };
  const activities: CycleActivities = {
    recordCycleStarted: async (state, event) => {
      if (nextOutcome.outcome === 'recorded') {
        remember(state, event);
      }
      return nextOutcome;
    },
    recordCycleEvent: async (state, event) => remember(state, event),
    recordCycleChange: async ({ cycleId, event }) => remember(cycleId, event),
    readKpi: async () => null,
    readApprovalPolicy: async () => null,
    confirmDelegation: async () => false,
  };

  beforeAll(async () => {
    temporal = await startStubbedCycleWorker(taskQueue, activities);
    client = temporal.client;
  });

  afterAll(() => temporal.close());

  const input = (policy = DEFAULT_CYCLE_POLICY): StartCycleInput => ({
    cycleId: randomUUID(),
    serviceId: randomUUID(),
    policy,
    startedBy: iris,
    requestedAt: new Date().toISOString(),
  });

  const start = (workflowInput: StartCycleInput | { continued: CycleState }, cycleId: string) =>
    client.workflow.executeUpdateWithStart(waitUntilRecordedUpdate, {
      startWorkflowOperation: new WithStartWorkflowOperation(IMPROVEMENT_CYCLE_WORKFLOW, {
        workflowId: cycleWorkflowId(cycleId),
        taskQueue,
        args: [workflowInput],
        workflowIdConflictPolicy: 'FAIL',
      }),
    });

  /** Starts the cycle, records its gap and submits it, all as `actor`. */
  const startWithSubmittedGap = async (cycle: StartCycleInput, actor: Actor) => {
    await start(cycle, cycle.cycleId);
    const handle = client.workflow.getHandle(cycleWorkflowId(cycle.cycleId));
    const gap = {
      statement: 'Slow',
      kpiId: null,
      currentValue: 9,
      targetValue: 2,
      evidence: 'Survey',
    };
    await handle.executeUpdate(recordGapUpdate, { args: [{ actor, body: gap }] });
    await handle.executeUpdate(submitStageUpdate, { args: [{ actor, body: { note: null } }] });
    return handle;
  };

  it('records the cycle through its activity, answers the start update, and rests in gap identification', async () => {
    nextOutcome = { outcome: 'recorded' };
    const cycle = input();

    const state = await start(cycle, cycle.cycleId);

    expect(state).toMatchObject({
      cycleId: cycle.cycleId,
      stage: 'gap_identification',
      status: 'in_progress',
      eventCount: 1,
    });
    expect(recordedActions(cycle.cycleId)).toEqual(['cycle_started']);
    const handle = client.workflow.getHandle(cycleWorkflowId(cycle.cycleId));
    expect(await handle.query(getCycleQuery)).toEqual(state);
    expect((await handle.describe()).status.name).toBe('RUNNING');
    await recordHistoryIfAsked(handle.workflowId, 'cycle-started');
    await handle.terminate('test done');
  });

  it('refuses the start with ActiveCycleExists when the service already has an active cycle, and ends', async () => {
    const activeCycleId = randomUUID();
    nextOutcome = { outcome: 'active_cycle_exists', activeCycleId };
    const cycle = input();

    const error = await start(cycle, cycle.cycleId).catch((caught: unknown) => caught);
    nextOutcome = { outcome: 'recorded' };

    expect(error).toBeInstanceOf(WorkflowUpdateFailedError);
    const cause = (error as WorkflowUpdateFailedError).cause;
    expect(cause).toBeInstanceOf(ApplicationFailure);
    expect((cause as ApplicationFailure).type).toBe(CycleFailureType.ActiveCycleExists);
    expect((cause as ApplicationFailure).message).toContain(activeCycleId);
    const handle = client.workflow.getHandle(cycleWorkflowId(cycle.cycleId));
    expect(await handle.result()).toMatchObject({ stage: 'cancelled', status: 'cancelled' });
    expect(recordedActions(cycle.cycleId)).toEqual([]);
    await recordHistoryIfAsked(handle.workflowId, 'cycle-refused-active-exists');
  });

  it('reminds on a timer while a gate waits, and a decision cancels the timer', async () => {
    const cycle = input({ ...DEFAULT_CYCLE_POLICY, approvalSla: 'PT2S' });
    const handle = await startWithSubmittedGap(cycle, iris);

    await waitUntil('a reminder', async () =>
      recordedActions(cycle.cycleId).includes(CycleAction.ReminderSent),
    );
    // Decided while the next reminder's timer runs, so there is a timer for the decision to cancel.
    const pending = await waitUntil('the next reminder timer', async () =>
      pendingTimer(await handle.fetchHistory()),
    );
    const updateId = `decide-${randomUUID()}`;
    const decided = await handle.executeUpdate(decideUpdate, {
      updateId,
      args: [{ actor: manu, body: { decision: GateDecision.Approve, reason: null } }],
    });
    const escalationsAtDecision = decided.escalations.length;
    // The decision cancelled the reminder timer that was waiting, which never fired: no
    // reminder can follow it, as the query below then shows.
    const timer = await waitUntil('a TimerCanceled event from the decision', async () =>
      timerCancelledBy(await handle.fetchHistory(), updateId),
    );

    expect(timer).toEqual({ timerId: pending, firedEver: false });
    expect(decided.stage).toBe('root_cause_analysis');
    expect((await handle.query(getCycleQuery)).escalations).toHaveLength(escalationsAtDecision);
    expect(recordedActions(cycle.cycleId).slice(-1)).toEqual(['stage_approved']);
    await recordHistoryIfAsked(handle.workflowId, 'cycle-reminded-then-approved');
    await handle.terminate('test done');
  });

  it('refuses a command in the wrong stage or from the wrong role in its validator, outside the history', async () => {
    const cycle = input();
    await start(cycle, cycle.cycleId);
    const handle = client.workflow.getHandle(cycleWorkflowId(cycle.cycleId));
    const refusedType = (error: unknown) =>
      ((error as WorkflowUpdateFailedError).cause as ApplicationFailure | undefined)?.type;

    const wrongStage = await handle
      .executeUpdate(submitStageUpdate, { args: [{ actor: iris, body: { note: null } }] })
      .catch((error: unknown) => error);
    const wrongRole = await handle
      .executeUpdate(decideUpdate, {
        args: [{ actor: iris, body: { decision: GateDecision.Approve, reason: null } }],
      })
      .catch((error: unknown) => error);

    expect(refusedType(wrongStage)).toBe(CycleFailureType.WrongStage);
    expect(refusedType(wrongRole)).toBe(CycleFailureType.NotPermitted);
    const history = await handle.fetchHistory();
    const updateEvents = (history.events ?? []).filter(
      (event) =>
        event.workflowExecutionUpdateAcceptedEventAttributes ||
        event.workflowExecutionUpdateRejectedEventAttributes,
    );
    expect(updateEvents).toHaveLength(1); // the start's waitUntilRecorded, nothing else
    expect(recordedActions(cycle.cycleId)).toEqual(['cycle_started']);
    await handle.terminate('test done');
  });

  it('refuses a decision by its own submitter even when the update is sent to Temporal directly', async () => {
    const both = { id: 'bo', roles: [Role.Improver, Role.Manager] };
    const cycle = input();
    const handle = await startWithSubmittedGap(cycle, both);

    const own = await handle
      .executeUpdate(decideUpdate, {
        args: [{ actor: both, body: { decision: GateDecision.Approve, reason: null } }],
      })
      .catch((error: unknown) => error);

    expect(((own as WorkflowUpdateFailedError).cause as ApplicationFailure).type).toBe(
      CycleFailureType.SelfApproval,
    );
    expect((await handle.query(getCycleQuery)).status).toBe('awaiting_approval');
    await handle.terminate('test done');
  });

  it('continues from a carried state as a new run would after continue-as-new', async () => {
    const machine = CycleStateMachine.begin(input());
    machine.recordGap(
      { statement: 'Slow', kpiId: null, currentValue: 9, targetValue: 2, evidence: 'Survey' },
      iris,
      new Date().toISOString(),
    );
    const carried = structuredClone(machine.state);

    const handle = await client.workflow.start(IMPROVEMENT_CYCLE_WORKFLOW, {
      workflowId: cycleWorkflowId(carried.cycleId),
      taskQueue,
      args: [{ continued: carried }],
    });
    const submitted = await handle.executeUpdate(submitStageUpdate, {
      args: [{ actor: iris, body: { note: null } }],
    });

    expect(submitted).toMatchObject({
      gap: carried.gap,
      status: 'awaiting_approval',
      eventCount: carried.eventCount + 1,
    });
    expect(recordedActions(carried.cycleId)).toEqual(['stage_submitted']);
    await handle.terminate('test done');
  });
});
