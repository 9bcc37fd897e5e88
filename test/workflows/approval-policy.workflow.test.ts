import { randomUUID } from 'node:crypto';
import type { Client, WorkflowHandle } from '@temporalio/client';
import { WithStartWorkflowOperation, WorkflowUpdateFailedError } from '@temporalio/client';
import type { ApplicationFailure } from '@temporalio/common';
import type {
  Actor,
  CycleEvent,
  DelegationGrant,
  GateApprovalPolicy,
  StartCycleInput,
} from '@app/domain';
import {
  CycleAction,
  CycleFailureType,
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
import { ana, ben, carla, dora, grant, HOUR, iris, issued } from '../support/approvers';
import { recordHistoryIfAsked } from '../support/record-history';
import type { StubbedCycleWorker } from '../support/stubbed-cycle-worker';
import { recordingActivities, startStubbedCycleWorker } from '../support/stubbed-cycle-worker';

describe('gates decided by the service approval policy, in the workflow itself', () => {
  const taskQueue = `approval-policy-test-${randomUUID()}`;
  let temporal: StubbedCycleWorker;
  let client: Client;
  const events = new Map<string, CycleEvent[]>();
  /** Each service's policy in force, as the activity reads it when a wait opens. */
  const policies = new Map<string, GateApprovalPolicy>();

  const activities = recordingActivities(events, {
    readApprovalPolicy: async (serviceId) => policies.get(serviceId) ?? null,
    confirmDelegation: async (grantId) => issued.has(grantId),
  });

  beforeAll(async () => {
    temporal = await startStubbedCycleWorker(taskQueue, activities);
    client = temporal.client;
  });

  afterAll(() => temporal.close());

  /** A cycle whose service has `policy`, with its gap submitted by `submitter`. */
  const submittedGap = async (
    policy: Omit<GateApprovalPolicy, 'version'> | null,
    submitter: Actor = iris,
    approvalSla = DEFAULT_CYCLE_POLICY.approvalSla,
  ) => {
    const cycle: StartCycleInput = {
      cycleId: randomUUID(),
      serviceId: randomUUID(),
      policy: { ...DEFAULT_CYCLE_POLICY, approvalSla },
      startedBy: iris,
      requestedAt: new Date().toISOString(),
    };
    if (policy) {
      policies.set(cycle.serviceId, { version: 1, ...policy });
    }
    await client.workflow.executeUpdateWithStart(waitUntilRecordedUpdate, {
      startWorkflowOperation: new WithStartWorkflowOperation(IMPROVEMENT_CYCLE_WORKFLOW, {
        workflowId: cycleWorkflowId(cycle.cycleId),
        taskQueue,
        args: [cycle],
        workflowIdConflictPolicy: 'FAIL',
      }),
    });
    const handle = client.workflow.getHandle(cycleWorkflowId(cycle.cycleId));
    const gap = { statement: 'Slow', kpiId: null, currentValue: 9, targetValue: 2, evidence: 'x' };
    await handle.executeUpdate(recordGapUpdate, { args: [{ actor: iris, body: gap }] });
    await handle.executeUpdate(submitStageUpdate, {
      args: [{ actor: submitter, body: { note: null } }],
    });
    return { cycle, handle };
  };

  const decide = (
    handle: WorkflowHandle,
    actor: Actor,
    decision: GateDecision,
    delegations: DelegationGrant[] = [],
  ) =>
    handle.executeUpdate(decideUpdate, {
      args: [{ actor, body: { decision, reason: 'looked at it' }, delegations }],
    });

  const refusal = async (attempt: Promise<unknown>) => {
    const error = await attempt.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(WorkflowUpdateFailedError);
    return ((error as WorkflowUpdateFailedError).cause as ApplicationFailure).type;
  };

  const actions = (cycleId: string) => (events.get(cycleId) ?? []).map((event) => event.action);

  it('moves a gate on only when the quorum of distinct approvers approved, and refuses the same approver twice', async () => {
    const { cycle, handle } = await submittedGap({
      approvers: [ana.id, ben.id, carla.id],
      quorum: 2,
      escalateTo: [],
    });

    const first = await decide(handle, ana, GateDecision.Approve);
    const twice = await refusal(decide(handle, ana, GateDecision.Approve));
    const second = await decide(handle, ben, GateDecision.Approve);

    expect(first).toMatchObject({ stage: 'gap_identification', status: 'awaiting_approval' });
    expect(first.pendingApproval?.approvals).toEqual([
      { by: ana.id, onBehalfOf: null, at: expect.any(String) },
    ]);
    expect(twice).toBe(CycleFailureType.AlreadyDecided);
    expect(second).toMatchObject({ stage: 'root_cause_analysis', status: 'in_progress' });
    expect(actions(cycle.cycleId).slice(-2)).toEqual([
      CycleAction.ApprovalRecorded,
      CycleAction.Approved,
    ]);
    const approved = events.get(cycle.cycleId)?.at(-1);
    expect(approved?.data).toMatchObject({
      quorum: 2,
      approvals: [{ by: ana.id }, { by: ben.id }],
    });
    await recordHistoryIfAsked(handle.workflowId, 'cycle-gate-quorum-of-two');
    await handle.terminate('test done');
  });

  it('sends the gate back on one rejection, even after another approver approved', async () => {
    const { handle } = await submittedGap({
      approvers: [ana.id, ben.id],
      quorum: 2,
      escalateTo: [],
    });

    await decide(handle, ana, GateDecision.Approve);
    const rejected = await decide(handle, ben, GateDecision.Reject);

    expect(rejected).toMatchObject({ stage: 'gap_identification', status: 'in_progress' });
    expect(rejected.lastRejection).toMatchObject({ decision: 'reject', by: { id: ben.id } });
    expect(rejected.pendingApproval).toBeNull();
    await handle.terminate('test done');
  });

  it('refuses a direct Temporal Update from a manager outside the policy, before it enters history', async () => {
    const { cycle, handle } = await submittedGap({
      approvers: [ana.id],
      quorum: 1,
      escalateTo: [],
    });
    const before = actions(cycle.cycleId).length;

    const outsider = await refusal(decide(handle, dora, GateDecision.Approve));

    expect(outsider).toBe(CycleFailureType.NotPermitted);
    expect(actions(cycle.cycleId)).toHaveLength(before);
    const history = await handle.fetchHistory();
    const rejectedUpdates = (history.events ?? []).filter(
      (event) =>
        event.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.input?.name ===
        decideUpdate.name,
    );
    expect(rejectedUpdates).toHaveLength(0);
    expect((await handle.query(getCycleQuery)).status).toBe('awaiting_approval');
    await handle.terminate('test done');
  });

  it('counts a delegate inside the window for the approver, and refuses one whose window ended or has not begun', async () => {
    const { cycle, handle } = await submittedGap({
      approvers: [ana.id],
      quorum: 1,
      escalateTo: [],
    });

    const ended = await refusal(
      decide(handle, dora, GateDecision.Approve, [grant(ana, -2 * HOUR, -HOUR)]),
    );
    const early = await refusal(
      decide(handle, dora, GateDecision.Approve, [grant(ana, HOUR, 2 * HOUR)]),
    );
    const forged = await refusal(
      decide(handle, dora, GateDecision.Approve, [grant(ana, -HOUR, HOUR, dora, { forged: true })]),
    );
    const othersGrant = await refusal(
      decide(handle, dora, GateDecision.Approve, [grant(ana, -HOUR, HOUR, carla)]),
    );
    const decided = await decide(handle, dora, GateDecision.Approve, [grant(ana, -HOUR, HOUR)]);

    expect(ended).toBe(CycleFailureType.NotPermitted);
    expect(forged).toBe(CycleFailureType.NotPermitted);
    expect(othersGrant).toBe(CycleFailureType.NotPermitted);
    expect(early).toBe(CycleFailureType.NotPermitted);
    expect(decided.stage).toBe('root_cause_analysis');
    expect(decided.decisions.at(-1)).toMatchObject({ by: { id: dora.id }, onBehalfOf: ana.id });
    const approved = events.get(cycle.cycleId)?.at(-1);
    expect(approved).toMatchObject({ actor: { id: dora.id }, data: { onBehalfOf: ana.id } });
    await recordHistoryIfAsked(handle.workflowId, 'cycle-gate-approved-by-delegate');
    await handle.terminate('test done');
  });

  it('never lets the submitter decide, also not as the delegate of an approver', async () => {
    const submitter: Actor = { id: 'sam', roles: [Role.Improver, Role.Manager] };
    const { handle } = await submittedGap(
      { approvers: [ana.id, submitter.id], quorum: 1, escalateTo: [] },
      submitter,
    );

    const self = await refusal(decide(handle, submitter, GateDecision.Approve));
    const asDelegate = await refusal(
      decide(handle, submitter, GateDecision.Approve, [grant(ana, -HOUR, HOUR, submitter)]),
    );
    const forTheSubmitter = await refusal(
      decide(handle, dora, GateDecision.Approve, [grant(submitter, -HOUR, HOUR)]),
    );

    expect(self).toBe(CycleFailureType.SelfApproval);
    expect(asDelegate).toBe(CycleFailureType.SelfApproval);
    expect(forTheSubmitter).toBe(CycleFailureType.NotPermitted);
    await handle.terminate('test done');
  });

  it('refuses to open a gate whose quorum the approvers who may decide cannot reach', async () => {
    const submitter: Actor = { id: 'sam', roles: [Role.Improver, Role.Manager] };
    const unreachable = await refusal(
      submittedGap({ approvers: [ana.id, submitter.id], quorum: 2, escalateTo: [] }, submitter),
    );

    expect(unreachable).toBe(CycleFailureType.QuorumUnreachable);
  });

  it('keeps the policy version a gate was submitted under when the policy changes', async () => {
    const { cycle, handle } = await submittedGap({
      approvers: [ana.id],
      quorum: 1,
      escalateTo: [],
    });
    policies.set(cycle.serviceId, { version: 2, approvers: [ben.id], quorum: 1, escalateTo: [] });

    const newApprover = await refusal(decide(handle, ben, GateDecision.Approve));
    const decided = await decide(handle, ana, GateDecision.Approve);

    expect(newApprover).toBe(CycleFailureType.NotPermitted);
    expect(decided.stage).toBe('root_cause_analysis');
    await handle.terminate('test done');
  });

  it('reminds the approvers who have not decided, by name, and escalates to the policy escalateTo', async () => {
    const { cycle, handle } = await submittedGap(
      { approvers: [ana.id, ben.id, carla.id], quorum: 3, escalateTo: [dora.id] },
      iris,
      'PT2S',
    );
    await decide(handle, ana, GateDecision.Approve);

    const escalations = await waitUntil('a reminder and an escalation', async () => {
      const state = await handle.query(getCycleQuery);
      return state.escalations.length >= 2 ? state.escalations : undefined;
    });

    expect(escalations[0]).toMatchObject({ kind: 'reminder', toPeople: [ben.id, carla.id] });
    expect(escalations[1]).toMatchObject({ kind: 'escalation', toPeople: [dora.id] });
    // The state shows the escalation as it is applied; its recording follows.
    await waitUntil('the escalation to be recorded', async () =>
      actions(cycle.cycleId).includes(CycleAction.Escalated),
    );
    await handle.terminate('test done');
  });
});
