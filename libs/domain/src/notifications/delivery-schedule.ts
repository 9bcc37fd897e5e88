import { isIsoDuration, isoDurationToMs } from '../time/iso-duration';

/** What follows an attempt that failed: another at `at`, or none (the message has failed). */
export type AfterFailure = { retry: true; at: Date } | { retry: false };

/**
 * Delays before each attempt, from a comma-separated list of ISO 8601 durations; undefined when
 * the list is malformed or empty.
 */
export function parseRetrySchedule(text: string): number[] | undefined {
  const parts = text.split(',').map((part) => part.trim());
  if (parts.length === 0 || parts.some((part) => !isIsoDuration(part))) {
    return undefined;
  }
  return parts.map((part) => isoDurationToMs(part, new Date(0)));
}

/**
 * After the `attempts`-th attempt failed at `now`: the next one per `scheduleMs`, until
 * `attemptLimit` attempts were made.
 */
export function afterFailedAttempt(
  scheduleMs: readonly number[],
  attempts: number,
  attemptLimit: number,
  now: Date,
): AfterFailure {
  const delay = scheduleMs[attempts];
  if (attempts >= attemptLimit || delay === undefined) {
    return { retry: false };
  }
  return { retry: true, at: new Date(now.getTime() + delay) };
}

/**
 * Standard Webhooks' retry schedule: the delay before each attempt, the first at once. Eight
 * attempts over about 27.5 hours, then the message is `failed`.
 */
export const STANDARD_RETRY_SCHEDULE = 'PT0S,PT5S,PT5M,PT30M,PT2H,PT5H,PT10H,PT10H';

export const STANDARD_RETRY_SCHEDULE_MS: readonly number[] =
  parseRetrySchedule(STANDARD_RETRY_SCHEDULE) ?? [];
