import { randomUUID } from 'node:crypto';
import type { WorkflowHandle } from '@temporalio/client';
import type { Client } from '@temporalio/client';
import { WithStartWorkflowOperation, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type { CycleActivities, CycleEvent, StartCycleInput } from '@app/domain';
import {
  cancelCycleUpdate,
  CycleFailureType,
  cycleWorkflowId,
  DEFAULT_CYCLE_POLICY,
  getCycleQuery,
  IMPROVEMENT_CYCLE_WORKFLOW,
  recordGapUpdate,
  Role,
  UNRECORDABLE_CHANGE,
  waitUntilRecordedUpdate,
} from '@app/domain';
import { recordHistoryIfAsked } from '../support/record-history';
import type { StubbedCycleWorker } from '../support/stubbed-cycle-worker';
import { startStubbedCycleWorker } from '../support/stubbed-cycle-worker';

const iris = { id: 'iris', roles: [Role.Improver] };
const manu = { id: 'manu', roles: [Role.Manager] };
const gap = { statement: 'Slow', kpiId: null, currentValue: 9, targetValue: 2, evidence: 'Survey' };
/** The stub database refuses, for good, any change whose gap statement says this. */
const REFUSED_BY_DATABASE = 'refused by the database';

describe('a cycle no command can freeze (real Temporal server, activities stubbed)', () => {
  const taskQueue = `refusals-${randomUUID()}`;
  let temporal: StubbedCycleWorker;
  let client: Client;
  const recorded = new Map<string, CycleEvent[]>();
  const attempts = new Map<string, number>();

  const remember = (cycleId: string, event: CycleEvent) => {
    recorded.set(cycleId, [...(recorded.get(cycleId) ?? []), event]);
  };
  const activities: CycleActivities = {
    recordCycleStarted: async (state, event) => {
      remember(state.cycleId, event);
      return { outcome: 'recorded' };
    },
    recordCycleEvent: async (state, event) => remember(state.cycleId, event),
    recordCycleChange: async ({ cycleId, event, changes }) => {
      attempts.set(cycleId, (attempts.get(cycleId) ?? 0) + 1);
      if (JSON.stringify(changes).includes(REFUSED_BY_DATABASE)) {
        throw ApplicationFailure.nonRetryable('value violates a constraint', UNRECORDABLE_CHANGE);
      }
      remember(cycleId, event);
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

  const startCycle = async (policy = DEFAULT_CYCLE_POLICY) => {
    const input: StartCycleInput = {
      cycleId: randomUUID(),
      serviceId: randomUUID(),
      policy,
      startedBy: iris,
      requestedAt: new Date().toISOString(),
    };
    const start = client.workflow.executeUpdateWithStart(waitUntilRecordedUpdate, {
      startWorkflowOperation: new WithStartWorkflowOperation(IMPROVEMENT_CYCLE_WORKFLOW, {
        workflowId: cycleWorkflowId(input.cycleId),
        taskQueue,
        args: [input],
        workflowIdConflictPolicy: 'FAIL',
      }),
    });
    return { input, start, handle: client.workflow.getHandle(cycleWorkflowId(input.cycleId)) };
  };

  const refusal = async (update: Promise<unknown>) => {
    const error = await update.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(WorkflowUpdateFailedError);
    const cause = (error as WorkflowUpdateFailedError).cause as ApplicationFailure;
    return { type: cause.type, message: cause.message };
  };

  const recordGap = (handle: WorkflowHandle, statement: string, actor = iris) =>
    handle.executeUpdate(recordGapUpdate, { args: [{ actor, body: { ...gap, statement } }] });

  it('refuses a change the database refuses for good, undoes it, and stays workable', async () => {
    const { input, start, handle } = await startCycle();
    await start;

    const refused = await refusal(recordGap(handle, `A gap ${REFUSED_BY_DATABASE}`));

    expect(refused).toMatchObject({ type: CycleFailureType.InvalidCommand });
    expect(refused.message).toContain('refused by the database and not applied');
    expect(attempts.get(input.cycleId)).toBe(1);
    const after = await handle.query(getCycleQuery);
    expect(after).toMatchObject({ gap: null, eventCount: 1 });
    const recordedGap = await recordGap(handle, 'A gap the database takes');
    expect(recordedGap).toMatchObject({ gap: { statement: 'A gap the database takes' } });
    expect(recordedGap.eventCount).toBe(2);
    const cancelled = await handle.executeUpdate(cancelCycleUpdate, {
      args: [{ actor: manu, body: { reason: 'Done testing' } }],
    });
    expect(cancelled.status).toBe('cancelled');
    expect(recorded.get(input.cycleId)?.map((event) => event.number)).toEqual([1, 2, 3]);
    await recordHistoryIfAsked(handle.workflowId, 'cycle-change-refused-by-database');
  });

  it('refuses in the validator, outside history, text the database cannot store and `system` as actor', async () => {
    const { input, start, handle } = await startCycle();
    await start;

    for (const statement of ['nul \u0000', 'lone \ud83d half']) {
      expect(await refusal(recordGap(handle, statement))).toMatchObject({
        type: CycleFailureType.InvalidCommand,
      });
    }
    expect(
      await refusal(recordGap(handle, 'fine', { id: 'system', roles: [Role.Improver] })),
    ).toMatchObject({ type: CycleFailureType.NotPermitted });
    expect(attempts.get(input.cycleId)).toBeUndefined();
    const history = await handle.fetchHistory();
    const updates = (history.events ?? []).filter(
      (event) => event.workflowExecutionUpdateAcceptedEventAttributes,
    );
    expect(updates).toHaveLength(1); // only the start's own wait
    await handle.terminate('test done');
  });

  it('refuses a direct start whose policy is out of bounds, and ends instead of retrying forever', async () => {
    const { start, handle } = await startCycle({
      ...DEFAULT_CYCLE_POLICY,
      approvalSla: 'P300000Y',
      checkInEvery: 'PT0S',
    });

    const refused = await refusal(start);

    expect(refused.type).toBe(CycleFailureType.InvalidCommand);
    expect(refused.message).toMatch(/approvalSla.*checkInEvery/);
    expect(await handle.result()).toMatchObject({ status: 'cancelled' });
  });

  it('refuses a direct start escalating to a role that cannot decide a gate', async () => {
    const { start, handle } = await startCycle({
      ...DEFAULT_CYCLE_POLICY,
      escalateTo: Role.Improver,
    });

    const refused = await refusal(start);

    expect(refused.type).toBe(CycleFailureType.InvalidCommand);
    expect(refused.message).toContain('escalateTo must be one of manager, admin');
    expect(await handle.result()).toMatchObject({ status: 'cancelled' });
    await recordHistoryIfAsked(handle.workflowId, 'cycle-start-escalating-to-improver-refused');
  });
});
