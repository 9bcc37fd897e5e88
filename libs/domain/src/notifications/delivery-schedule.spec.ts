import {
  afterFailedAttempt,
  parseRetrySchedule,
  STANDARD_RETRY_SCHEDULE_MS,
} from './delivery-schedule';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

describe('the retry schedule', () => {
  it('is Standard Webhooks’ by default: at once, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h', () => {
    expect(STANDARD_RETRY_SCHEDULE_MS).toEqual([
      0,
      5_000,
      5 * MINUTE,
      30 * MINUTE,
      2 * HOUR,
      5 * HOUR,
      10 * HOUR,
      10 * HOUR,
    ]);
    const total = STANDARD_RETRY_SCHEDULE_MS.reduce((sum, delay) => sum + delay, 0);
    expect(total).toBeGreaterThanOrEqual(24 * HOUR);
  });

  it('refuses a malformed list', () => {
    expect(parseRetrySchedule('PT1S, PT2S')).toEqual([1_000, 2_000]);
    expect(parseRetrySchedule('PT1S,soon')).toBeUndefined();
    expect(parseRetrySchedule('')).toBeUndefined();
  });

  it('retries after each failure by the next delay, first retry within 10 s, until spent', () => {
    const now = new Date('2026-01-01T00:00:00.000Z');
    const first = afterFailedAttempt(STANDARD_RETRY_SCHEDULE_MS, 1, 8, now);
    expect(first).toEqual({ retry: true, at: new Date(now.getTime() + 5_000) });
    const seventh = afterFailedAttempt(STANDARD_RETRY_SCHEDULE_MS, 7, 8, now);
    expect(seventh).toEqual({ retry: true, at: new Date(now.getTime() + 10 * HOUR) });
    expect(afterFailedAttempt(STANDARD_RETRY_SCHEDULE_MS, 8, 8, now)).toEqual({ retry: false });
  });

  it('gives a redelivery one attempt: its limit is the attempts made plus one', () => {
    const now = new Date();
    expect(afterFailedAttempt(STANDARD_RETRY_SCHEDULE_MS, 3, 3, now)).toEqual({ retry: false });
  });
});
