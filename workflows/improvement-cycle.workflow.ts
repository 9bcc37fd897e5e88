import {
  allHandlersFinished,
  ApplicationFailure,
  condition,
  continueAsNew,
  patched,
  setHandler,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import type { UpdateDefinition } from '@temporalio/common';
import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';
import type { Command, CycleEvent, CycleState, ImprovementCycleInput } from '@app/domain';
import {
  CYCLE_SEARCH_ATTRIBUTES,
  CycleFailureType,
  CycleRuleSet,
  CycleStateMachine,
  findUnstorableText,
  getCycleQuery,
  waitUntilRecordedUpdate,
} from '@app/domain';
import type { StateSnapshot } from './cycle-recording';
import {
  ActivityFailure,
  asCommandFailure,
  recordEvent,
  snapshotOf,
  stateFrom,
  timerActivities,
} from './cycle-recording';
import type { OnCommand } from './cycle-commands';
import { registerCycleCommands } from './cycle-commands';
import { fireDueTimer } from './cycle-timers';
import { SerialLock } from './serial-lock';

const { recordCycleStarted } = timerActivities;

/** Commands are applied with every field checked and four eyes on every path. */
const CURRENT_RULES_PATCH = 'current-command-rules';

/** A direct start escalating to a role that cannot decide a gate is refused. */
const ESCALATION_ROLES_PATCH = 'escalation-roles';

/** An open initiative falls due on a timer of its own, whatever the check-in period. */
const DUE_DATE_TIMERS_PATCH = 'initiative-due-date-timers';

/** After a timer's event could not be recorded for good, the next try waits this long. */
const TIMER_RETRY_MS = 60 * 60 * 1000;

const stageKey = defineSearchAttributeKey(
  CYCLE_SEARCH_ATTRIBUTES.stage,
  SearchAttributeType.KEYWORD,
);
const serviceKey = defineSearchAttributeKey(
  CYCLE_SEARCH_ATTRIBUTES.serviceId,
  SearchAttributeType.KEYWORD,
);

type Recording = 'pending' | 'recorded' | { refused: string; type: CycleFailureType };

/** One improvement cycle of one internal service, from gap identification to its close. */
export async function improvementCycle(input: ImprovementCycleInput): Promise<CycleState> {
  const continued = 'continued' in input;
  let machine = continued
    ? CycleStateMachine.restore(input.continued)
    : CycleStateMachine.begin(input);
  const lock = new SerialLock();
  let recording: Recording = continued ? 'recorded' : 'pending';
  let changes = 0;
  // The request behind the change being applied, and the state before it: changes run one at a
  // time under the lock.
  let requestId: string | null = null;
  let before: StateSnapshot = snapshotOf(machine.state);
  let timersRetryAt = 0;

  const now = () => new Date().toISOString();
  const state = () => machine.state;

  /** Records an event (projection + audit) and publishes the stage to search attributes. */
  const record = (origin: 'command' | 'timer') => async (event: CycleEvent) => {
    changes += 1;
    upsertSearchAttributes([{ key: stageKey, value: state().stage }]);
    await recordEvent(origin, before, state(), { ...event, requestId });
  };

  /** Applies a change; one that could not be recorded is undone, so state and records agree. */
  const change = async (apply: () => Promise<void>) => {
    before = snapshotOf(state());
    try {
      await apply();
    } catch (error) {
      if (error instanceof ActivityFailure) {
        const stage = state().stage;
        machine = CycleStateMachine.restore(stateFrom(before));
        if (stage !== state().stage) {
          upsertSearchAttributes([{ key: stageKey, value: state().stage }]);
        }
      }
      throw error;
    }
  };

  const refusal = (refused: { refused: string; type: CycleFailureType }) =>
    ApplicationFailure.nonRetryable(refused.refused, refused.type);

  /** Update validators: a refused command never enters the workflow's history. */
  const validate = (command: Command<unknown>, check: () => void): void => {
    if (typeof recording === 'object') {
      throw refusal(recording);
    }
    // Text the database cannot store never gets in: it would fail the recording, not the caller.
    const unstorable = findUnstorableText(command);
    if (unstorable) {
      throw ApplicationFailure.nonRetryable(unstorable.message, CycleFailureType.InvalidCommand);
    }
    try {
      machine.validating(check);
    } catch (error) {
      throw asCommandFailure(error);
    }
  };

  setHandler(getCycleQuery, state);
  setHandler(waitUntilRecordedUpdate, async () => {
    await condition(() => recording !== 'pending');
    if (typeof recording === 'object') {
      throw refusal(recording);
    }
    return state();
  });

  /**
   * A user command: validated before it enters history, then applied and recorded under the lock
   * once the cycle itself is recorded. A rule it breaks fails the update, not the workflow.
   */
  const onCommand: OnCommand = <T>(
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
          // Commands recorded before the current rules replay under the rules they had then.
          machine.applyRuleSet(
            patched(CURRENT_RULES_PATCH) ? CycleRuleSet.Current : CycleRuleSet.Original,
          );
          try {
            await change(() => apply(cmd));
          } catch (error) {
            throw asCommandFailure(error);
          } finally {
            requestId = null;
          }
          return state();
        }),
      {
        validator: (cmd: Command<T>) => validate(cmd, () => check(cmd)),
      },
    );

  registerCycleCommands({ onCommand, machine: () => machine, record: record('command'), now });

  const startProblem = continued
    ? undefined
    : machine.startProblem(patched(ESCALATION_ROLES_PATCH));
  if (startProblem) {
    // Only a direct start could bring a policy the API refuses; such a cycle is never recorded.
    recording = { refused: startProblem, type: CycleFailureType.InvalidCommand };
    machine.abandon();
    await condition(allHandlersFinished);
    return state();
  }
  if (!continued) {
    upsertSearchAttributes([
      { key: stageKey, value: state().stage },
      { key: serviceKey, value: state().serviceId },
    ]);
    const result = await recordCycleStarted(state(), machine.started());
    if (result.outcome === 'active_cycle_exists') {
      recording = {
        refused: `service ${state().serviceId} already has an active cycle ${result.activeCycleId}`,
        type: CycleFailureType.ActiveCycleExists,
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
    // Cycles from before due dates set timers replay without them, and track them from here on.
    machine.trackDueDates(patched(DUE_DATE_TIMERS_PATCH));
    const seen = changes;
    const moved = () => changes !== seen || machine.isFinished();
    const due = machine.nextDeadline();
    const deadline = due === undefined ? undefined : Math.max(due, timersRetryAt);
    // A timer, not polling: months-long waits cost nothing while they last.
    const changed =
      deadline === undefined
        ? (await condition(moved), true)
        : await condition(moved, Math.max(deadline - Date.now(), 1));
    if (!changed) {
      try {
        await lock.run(() => change(() => fireDueTimer(machine, record('timer'))));
      } catch (error) {
        if (!(error instanceof ActivityFailure)) {
          throw error;
        }
        // Refused for good (the change is undone): try again later, not in a tight loop.
        timersRetryAt = Date.now() + TIMER_RETRY_MS;
      }
    }
  }
  await condition(allHandlersFinished);
  return state();
}
