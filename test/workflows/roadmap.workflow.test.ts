import { randomUUID } from 'node:crypto';
import type { Client, WorkflowHandle } from '@temporalio/client';
import { WithStartWorkflowOperation } from '@temporalio/client';
import type { Actor, CycleEvent, InitiativePlan, StartCycleInput } from '@app/domain';
import {
  CauseCategory,
  CycleAction,
  cycleWorkflowId,
  decideRoadmapChangeUpdate,
  decideUpdate,
  GateDecision,
  getCycleQuery,
  IMPROVEMENT_CYCLE_WORKFLOW,
  proposeRoadmapChangeUpdate,
  recordGapUpdate,
  recordInitiativesUpdate,
  recordRootCausesUpdate,
  Role,
  submitStageUpdate,
  waitUntilRecordedUpdate,
} from '@app/domain';
import { waitUntil } from '@app/local-stack';
import { recordHistoryIfAsked } from '../support/record-history';
import type { StubbedCycleWorker } from '../support/stubbed-cycle-worker';
import { recordingActivities, startStubbedCycleWorker } from '../support/stubbed-cycle-worker';

const iris: Actor = { id: 'iris', roles: [Role.Improver] };
const manu: Actor = { id: 'manu', roles: [Role.Manager] };
/** Monthly check-ins and a six-month re-evaluation: no other timer comes near the due dates. */
const MONTHLY = { approvalSla: 'P5D', checkInEvery: 'P30D', reEvaluateAfter: 'P6M' };

const plan = (title: string, dueDate: string): InitiativePlan => ({
  title,
  ownerId: 'olga',
  dueDate,
  kpiId: null,
  expectedEffect: 'Faster',
});
const inSeconds = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString();

describe('the roadmap after approval, in the workflow (real Temporal, activities stubbed)', () => {
  const taskQueue = `roadmap-test-${randomUUID()}`;
  let temporal: StubbedCycleWorker;
  let client: Client;
  const events = new Map<string, CycleEvent[]>();

  const activities = recordingActivities(events);
  const recorded = (cycleId: string, action: CycleAction) =>
    (events.get(cycleId) ?? []).filter((event) => event.action === action);

  beforeAll(async () => {
    temporal = await startStubbedCycleWorker(taskQueue, activities);
    client = temporal.client;
  });

  afterAll(() => temporal.close());

  /** A cycle with `plans` approved: in execution monitoring. */
  const monitoring = async (plans: InitiativePlan[]) => {
    const cycle: StartCycleInput = {
      cycleId: randomUUID(),
      serviceId: randomUUID(),
      policy: MONTHLY,
      startedBy: iris,
      requestedAt: new Date().toISOString(),
    };
    await client.workflow.executeUpdateWithStart(waitUntilRecordedUpdate, {
      startWorkflowOperation: new WithStartWorkflowOperation(IMPROVEMENT_CYCLE_WORKFLOW, {
        workflowId: cycleWorkflowId(cycle.cycleId),
        taskQueue,
        args: [cycle],
        workflowIdConflictPolicy: 'FAIL',
      }),
    });
    const handle = client.workflow.getHandle(cycleWorkflowId(cycle.cycleId));
    const gate = async () => {
      await handle.executeUpdate(submitStageUpdate, {
        args: [{ actor: iris, body: { note: null } }],
      });
      await handle.executeUpdate(decideUpdate, {
        args: [{ actor: manu, body: { decision: GateDecision.Approve, reason: null } }],
      });
    };
    const gap = { statement: 'Slow', kpiId: null, currentValue: 9, targetValue: 2, evidence: 'x' };
    await handle.executeUpdate(recordGapUpdate, { args: [{ actor: iris, body: gap }] });
    await gate();
    const cause = { category: CauseCategory.Process, description: 'd', whys: ['w'], evidence: 'e' };
    const withCauses = await handle.executeUpdate(recordRootCausesUpdate, {
      args: [{ actor: iris, body: [cause] }],
    });
    await gate();
    // Every root cause is addressed: the first initiative names it.
    const causeIds = withCauses.rootCauses.map((recorded) => recorded.id as string);
    const linked = plans.map((plan, i) =>
      i === 0 ? { ...plan, addressesCauseIds: causeIds } : plan,
    );
    await handle.executeUpdate(recordInitiativesUpdate, { args: [{ actor: iris, body: linked }] });
    await gate();
    return { cycleId: cycle.cycleId, handle };
  };

  const propose = (handle: WorkflowHandle, body: Record<string, unknown>) =>
    handle.executeUpdate(proposeRoadmapChangeUpdate, {
      args: [
        {
          actor: iris,
          body: { reason: 'Priorities moved', add: [], change: [], drop: [], ...body },
        },
      ],
    });
  const decide = (
    handle: WorkflowHandle,
    changeId: string,
    decision: GateDecision,
    reason: string | null,
  ) =>
    handle.executeUpdate(decideRoadmapChangeUpdate, {
      args: [{ actor: manu, body: { changeId, decision, reason } }],
    });

  it('applies an approved change and leaves the roadmap as it was after a rejected one', async () => {
    const { cycleId, handle } = await monitoring([plan('Publish the queue', '2099-03-31')]);
    const [first] = (await handle.query(getCycleQuery)).initiatives;

    const proposed = await propose(handle, {
      add: [plan('Night owner', '2099-06-30')],
      change: [{ id: first?.id, dueDate: '2099-04-30' }],
    });
    const waiting = proposed.pendingRoadmapChange?.id as string;
    const approved = await decide(handle, waiting, GateDecision.Approve, null);
    const second = await propose(handle, { drop: [{ id: first?.id, reason: 'Not needed' }] });
    const rejected = await decide(
      handle,
      second.pendingRoadmapChange?.id as string,
      GateDecision.Reject,
      'Still needed',
    );

    expect(proposed.initiatives).toHaveLength(1);
    expect(approved.initiatives.map((i) => [i.title, i.dueDate, i.status])).toEqual([
      ['Publish the queue', '2099-04-30', 'not_started'],
      ['Night owner', '2099-06-30', 'not_started'],
    ]);
    expect(rejected.initiatives).toEqual(approved.initiatives);
    expect(rejected.pendingRoadmapChange).toBeNull();
    expect((events.get(cycleId) ?? []).map((event) => event.action).slice(-4)).toEqual([
      CycleAction.RoadmapChangeProposed,
      CycleAction.RoadmapChangeApproved,
      CycleAction.RoadmapChangeProposed,
      CycleAction.RoadmapChangeRejected,
    ]);
    await recordHistoryIfAsked(handle.workflowId, 'cycle-roadmap-change-approved-and-rejected');
    await handle.terminate('test done');
  });

  it('records an initiative overdue at its due date, with check-ins a month apart, once', async () => {
    const due = inSeconds(2);
    const { cycleId, handle } = await monitoring([
      plan('Soon due', due),
      plan('Far ahead', '2099-01-01'),
    ]);

    const overdue = await waitUntil('the initiative_overdue event', async () => {
      const found = recorded(cycleId, CycleAction.InitiativeOverdue);
      return found.length > 0 ? found : undefined;
    });

    expect(overdue).toHaveLength(1);
    expect(overdue[0]).toMatchObject({
      actor: { id: 'system' },
      data: { title: 'Soon due', dueDate: due },
    });
    expect(Date.parse(overdue[0]?.at ?? '')).toBeGreaterThan(Date.parse(due));
    expect(recorded(cycleId, CycleAction.CheckInRecorded)).toHaveLength(0);
    await recordHistoryIfAsked(handle.workflowId, 'cycle-initiative-overdue');
    await handle.terminate('test done');
  });

  it('moves the due-date timer with an approved change: nothing at the old date, once at the new', async () => {
    const oldDue = inSeconds(4);
    const { cycleId, handle } = await monitoring([plan('Moving', oldDue)]);
    const [moving] = (await handle.query(getCycleQuery)).initiatives;
    const newDue = inSeconds(7);

    const proposed = await propose(handle, { change: [{ id: moving?.id, dueDate: newDue }] });
    await decide(handle, proposed.pendingRoadmapChange?.id as string, GateDecision.Approve, null);
    const overdue = await waitUntil(
      'the overdue at the new date',
      async () => {
        const found = recorded(cycleId, CycleAction.InitiativeOverdue);
        return found.length > 0 ? found : undefined;
      },
      { timeoutMs: 20_000 },
    );

    expect(overdue.map((event) => event.data.dueDate)).toEqual([newDue]);
    expect(Date.parse(overdue[0]?.at ?? '')).toBeGreaterThan(Date.parse(newDue));
    await handle.terminate('test done');
  });
});
