import {
  allHandlersFinished,
  ApplicationFailure,
  condition,
  continueAsNew,
  ParentClosePolicy,
  proxyActivities,
  setHandler,
  startChild,
  upsertSearchAttributes,
  uuid4,
  workflowInfo,
} from '@temporalio/workflow';
import type { UpdateDefinition } from '@temporalio/common';
import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';
import type {
  Command,
  CycleActivities,
  CycleEvent,
  CycleState,
  ImprovementCycleInput,
  KpiReading,
  StartCycleInput,
} from '@app/domain';
import {
  CYCLE_SEARCH_ATTRIBUTES,
  cancelCycleUpdate,
  CycleFailureType,
  CycleRuleViolation,
  CycleStateMachine,
  cycleWorkflowId,
  decideUpdate,
  getCycleQuery,
  reEvaluateNowUpdate,
  recordGapUpdate,
  recordInitiativesUpdate,
  recordRootCausesUpdate,
  reportProgressUpdate,
  submitStageUpdate,
  waitUntilRecordedUpdate,
} from '@app/domain';
import { SerialLock } from './serial-lock';

const { recordCycleStarted, recordCycleEvent, readKpi } = proxyActivities<CycleActivities>({
  // Each attempt is a few queries; a worker that died mid-attempt is noticed within this time.
  startToCloseTimeout: '10 seconds',
  // A database outage must not lose the cycle: keep retrying, backing off to one minute.
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

const stageKey = defineSearchAttributeKey(
  CYCLE_SEARCH_ATTRIBUTES.stage,
  SearchAttributeType.KEYWORD,
);
const serviceKey = defineSearchAttributeKey(
  CYCLE_SEARCH_ATTRIBUTES.serviceId,
  SearchAttributeType.KEYWORD,
);

type Recording = 'pending' | 'recorded' | { refused: string };

/** One improvement cycle of one internal service, from gap identification to its close. */
export async function improvementCycle(input: ImprovementCycleInput): Promise<CycleState> {
  const continued = 'continued' in input;
  const machine = continued
    ? CycleStateMachine.restore(input.continued)
    : CycleStateMachine.begin(input);
  const lock = new SerialLock();
  let recording: Recording = continued ? 'recorded' : 'pending';
  let changes = 0;
  // The request behind the command being applied; commands run one at a time under the lock.
  let requestId: string | null = null;

  const now = () => new Date().toISOString();
  const state = () => machine.state;

  /** Records an event (projection + audit) and publishes the stage to search attributes. */
  const record = async (event: CycleEvent) => {
    changes += 1;
    upsertSearchAttributes([{ key: stageKey, value: state().stage }]);
    await recordCycleEvent(state(), { ...event, requestId });
  };

  /** Update validators: a refused command never enters the workflow's history. */
  const validate = (check: () => void): void => {
    if (typeof recording === 'object') {
      throw ApplicationFailure.nonRetryable(recording.refused, CycleFailureType.ActiveCycleExists);
    }
    try {
      check();
    } catch (error) {
      throw asFailure(error);
    }
  };

  setHandler(getCycleQuery, state);
  setHandler(waitUntilRecordedUpdate, async () => {
    await condition(() => recording !== 'pending');
    if (typeof recording === 'object') {
      throw ApplicationFailure.nonRetryable(recording.refused, CycleFailureType.ActiveCycleExists);
    }
    return state();
  });

  /**
   * A user command: validated before it enters history, then applied and recorded under the lock
   * once the cycle itself is recorded. A rule it breaks fails the update, not the workflow.
   */
  const onCommand = <T>(
    update: UpdateDefinition<CycleState, [Command<T>]>,
    check: (command: Command<T>) => void,
    apply: (command: Command<T>) => Promise<void>,
  ) =>
    setHandler(
      update,
      (cmd: Command<T>) =>
        lock.run(async () => {
          await condition(() => recording !== 'pending');
          requestId = cmd.requestId ?? null;
          try {
            await apply(cmd);
          } catch (error) {
            throw asFailure(error);
          } finally {
            requestId = null;
          }
          return state();
        }),
      {
        validator: (cmd: Command<T>) => validate(() => check(cmd)),
      },
    );

  onCommand(
    recordGapUpdate,
    ({ actor, body }) => machine.checkRecordGap(body, actor),
    ({ actor, body }) => record(machine.recordGap(body, actor, now())),
  );
  onCommand(
    recordRootCausesUpdate,
    ({ actor, body }) => machine.checkRecordRootCauses(body, actor),
    ({ actor, body }) => record(machine.recordRootCauses(body, actor, now())),
  );
  onCommand(
    recordInitiativesUpdate,
    ({ actor, body }) => machine.checkRecordInitiatives(body, actor),
    ({ actor, body }) =>
      record(
        machine.recordInitiatives(
          body,
          body.map(() => uuid4()),
          actor,
          now(),
        ),
      ),
  );
  onCommand(
    submitStageUpdate,
    ({ actor }) => machine.checkSubmit(actor),
    ({ actor, body }) => record(machine.submit(body.note, actor, now())),
  );
  onCommand(
    decideUpdate,
    ({ actor, body }) => machine.checkDecide(body.decision, body.reason, actor),
    async ({ actor, body }) => {
      await record(machine.decide(body.decision, body.reason, actor, now(), uuid4()));
      const next = state().outcome?.nextCycleId;
      if (next) {
        await startNextCycle(state(), next, actor, now());
      }
    },
  );
  onCommand(
    reportProgressUpdate,
    ({ actor, body }) => machine.checkReportProgress(body, actor),
    ({ actor, body }) => record(machine.reportProgress(body, actor, now())),
  );
  onCommand(
    reEvaluateNowUpdate,
    ({ actor, body }) => machine.checkReEvaluateNow(body.reason, actor),
    async ({ actor, body }) => {
      const kpi = await readTrackedKpi(machine);
      await record(machine.reEvaluateNow(body.reason, actor, now(), kpi));
    },
  );
  onCommand(
    cancelCycleUpdate,
    ({ actor, body }) => machine.checkCancel(body.reason, actor),
    ({ actor, body }) => record(machine.cancel(body.reason, actor, now())),
  );

  if (!continued) {
    upsertSearchAttributes([
      { key: stageKey, value: state().stage },
      { key: serviceKey, value: state().serviceId },
    ]);
    const result = await recordCycleStarted(state(), machine.started());
    if (result.outcome === 'active_cycle_exists') {
      recording = {
        refused: `service ${state().serviceId} already has an active cycle ${result.activeCycleId}`,
      };
      machine.abandon();
      await condition(allHandlersFinished);
      return state();
    }
    recording = 'recorded';
  }

  // Timer-driven transitions: wait for the next deadline, or for any change that may move it.
  while (!machine.isFinished()) {
    if (workflowInfo().continueAsNewSuggested && !lock.isHeld()) {
      await condition(allHandlersFinished);
      await continueAsNew<typeof improvementCycle>({ continued: state() });
    }
    const seen = changes;
    const moved = () => changes !== seen || machine.isFinished();
    const deadline = machine.nextDeadline();
    // A timer, not polling: months-long waits cost nothing while they last.
    const changed =
      deadline === undefined
        ? (await condition(moved), true)
        : await condition(moved, Math.max(deadline - Date.now(), 1));
    if (!changed) {
      await lock.run(() => fireDueTimer(machine, record));
    }
  }
  await condition(allHandlersFinished);
  return state();
}

async function fireDueTimer(
  machine: CycleStateMachine,
  record: (event: CycleEvent) => Promise<void>,
): Promise<void> {
  const at = new Date().toISOString();
  switch (machine.dueTimer(Date.now())) {
    case 'approval_sla':
      return record(machine.recordApprovalOverdue(at));
    case 'check_in':
      return record(machine.recordCheckIn(at, await readTrackedKpi(machine)));
    case 're_evaluation':
      return record(machine.startScheduledReEvaluation(at, await readTrackedKpi(machine)));
    case undefined:
      return;
  }
}

async function readTrackedKpi(machine: CycleStateMachine): Promise<KpiReading | null> {
  const kpiId = machine.trackedKpiId();
  return kpiId ? readKpi(kpiId) : null;
}

/** `restart`: the next cycle of the same service runs on as its own workflow. */
async function startNextCycle(
  state: CycleState,
  nextCycleId: string,
  actor: CycleEvent['actor'],
  at: string,
) {
  const input: StartCycleInput = {
    cycleId: nextCycleId,
    serviceId: state.serviceId,
    policy: state.policy,
    startedBy: actor,
    requestedAt: at,
    previousCycleId: state.cycleId,
  };
  await startChild(improvementCycle, {
    workflowId: cycleWorkflowId(nextCycleId),
    args: [input],
    parentClosePolicy: ParentClosePolicy.ABANDON,
  });
}

function asFailure(error: unknown): unknown {
  return error instanceof CycleRuleViolation
    ? ApplicationFailure.nonRetryable(error.message, error.type)
    : error;
}
