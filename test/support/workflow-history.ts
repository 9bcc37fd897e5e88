import type { temporal } from '@temporalio/proto';

/**
 * The timer that update `updateId` cancelled: the TimerCanceled event between the update's
 * acceptance and its completion in the workflow's history, which the update's change of state
 * caused. Undefined until the completion is in the history, or when no timer was cancelled.
 */
export function timerCancelledBy(
  history: temporal.api.history.v1.IHistory,
  updateId: string,
): { timerId: string; firedEver: boolean } | undefined {
  const events = history.events ?? [];
  const accepted = events.findIndex(
    (event) =>
      event.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.meta?.updateId ===
      updateId,
  );
  const completed = events.findIndex(
    (event) => event.workflowExecutionUpdateCompletedEventAttributes?.meta?.updateId === updateId,
  );
  const timerId =
    accepted < 0 || completed < 0
      ? undefined
      : events.slice(accepted, completed).find((event) => event.timerCanceledEventAttributes)
          ?.timerCanceledEventAttributes?.timerId;
  return timerId
    ? {
        timerId,
        firedEver: events.some((event) => event.timerFiredEventAttributes?.timerId === timerId),
      }
    : undefined;
}

/** The timer the workflow is waiting on now: the last timer event is its TimerStarted. */
export function pendingTimer(history: temporal.api.history.v1.IHistory): string | undefined {
  const last = (history.events ?? []).findLast(
    (event) =>
      event.timerStartedEventAttributes ||
      event.timerFiredEventAttributes ||
      event.timerCanceledEventAttributes,
  );
  return last?.timerStartedEventAttributes?.timerId ?? undefined;
}
