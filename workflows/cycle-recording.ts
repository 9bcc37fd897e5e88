import {
  ActivityFailure,
  ApplicationFailure,
  patched,
  proxyActivities,
} from '@temporalio/workflow';
import type { CycleActivities, CycleChange, CycleEvent, CycleState } from '@app/domain';
import { CycleFailureType, CycleRuleViolation, UNRECORDABLE_CHANGE } from '@app/domain';

const RETRY = {
  initialInterval: '1 second',
  maximumInterval: '1 minute',
  backoffCoefficient: 2,
} as const;

/**
 * Timer-driven events: a database outage must not lose the cycle, so keep retrying, backing off
 * to one minute. Each attempt is a few queries; a dead worker is noticed within 10 seconds.
 */
export const timerActivities = proxyActivities<CycleActivities>({
  startToCloseTimeout: '10 seconds',
  retry: RETRY,
});

/**
 * A command's recording gives up after two minutes, so the cycle's lock is never held for good:
 * the command is refused as not recorded, the state rolls back, and cancel still gets through.
 */
export const commandActivities = proxyActivities<CycleActivities>({
  startToCloseTimeout: '10 seconds',
  scheduleToCloseTimeout: '2 minutes',
  retry: RETRY,
});

/** Cycles from before it recorded the whole state with every event; see `recordCycleChange`. */
const EVENT_ONLY_RECORDING = 'event-only-recording';

/** Each top-level field of the state as JSON: what a failed recording rolls back to. */
export type StateSnapshot = Record<string, string | undefined>;

export function snapshotOf(state: Readonly<CycleState>): StateSnapshot {
  return Object.fromEntries(
    Object.entries(state).map(([field, value]) => [field, JSON.stringify(value)]),
  );
}

export function stateFrom(snapshot: StateSnapshot): CycleState {
  return Object.fromEntries(
    Object.entries(snapshot).map(([field, json]) => [
      field,
      json === undefined ? undefined : JSON.parse(json),
    ]),
  ) as unknown as CycleState;
}

function changedFields(before: StateSnapshot, state: Readonly<CycleState>): Partial<CycleState> {
  const after = snapshotOf(state);
  const fields = new Set([...Object.keys(before), ...Object.keys(after)]);
  return Object.fromEntries(
    [...fields]
      .filter((field) => before[field] !== after[field])
      .map((field) => {
        const json = after[field];
        return [field, json === undefined ? null : JSON.parse(json)];
      }),
  );
}

/** Changed fields equal to one of the event's data fields travel only in the event. */
function withoutRepeats(
  cycleId: string,
  event: CycleEvent,
  changed: Partial<CycleState>,
): CycleChange {
  const dataJson = Object.entries(event.data).map(([key, value]) => [key, JSON.stringify(value)]);
  const changes: Record<string, unknown> = {};
  const fromEventData: Record<string, string> = {};
  for (const [field, value] of Object.entries(changed)) {
    const json = JSON.stringify(value);
    const same = json.length > 256 ? dataJson.find(([, data]) => data === json) : undefined;
    if (same?.[0]) {
      fromEventData[field] = same[0];
    } else {
      changes[field] = value;
    }
  }
  return { cycleId, event, changes, fromEventData };
}

/** Records `event`, with the fields changed since `before`, in the projection and audit trail. */
export async function recordEvent(
  origin: 'command' | 'timer',
  before: StateSnapshot,
  state: Readonly<CycleState>,
  event: CycleEvent,
): Promise<void> {
  if (!patched(EVENT_ONLY_RECORDING)) {
    await timerActivities.recordCycleEvent(state, event);
    return;
  }
  const activities = origin === 'command' ? commandActivities : timerActivities;
  await activities.recordCycleChange(
    withoutRepeats(state.cycleId, event, changedFields(before, state)),
  );
}

/** What a command's caller gets for an error: a refusal they can act on, or the error itself. */
export function asCommandFailure(error: unknown): unknown {
  if (error instanceof CycleRuleViolation) {
    return ApplicationFailure.nonRetryable(error.message, error.type);
  }
  return error instanceof ActivityFailure ? asRefusal(error) : error;
}

/** A recording that failed for good, as the refusal the command's caller gets. */
function asRefusal(failure: ActivityFailure): ApplicationFailure {
  const cause = failure.cause;
  if (cause instanceof ApplicationFailure && cause.type === UNRECORDABLE_CHANGE) {
    return ApplicationFailure.nonRetryable(
      `the change was refused by the database and not applied: ${cause.message}`,
      CycleFailureType.InvalidCommand,
    );
  }
  return ApplicationFailure.nonRetryable(
    'the change could not be recorded in time and was not applied; retry it',
    CycleFailureType.NotRecorded,
  );
}

export { ActivityFailure };
