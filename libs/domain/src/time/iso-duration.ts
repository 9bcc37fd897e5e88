/** An ISO 8601 duration split into calendar and clock parts (`P6M`, `P5D`, `PT2S`, `P1DT12H`). */
export interface IsoDuration {
  years: number;
  months: number;
  weeks: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

const ISO_DURATION =
  /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?!$)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/** Parses an ISO 8601 duration; returns undefined when the text is not one. */
export function parseIsoDuration(text: string): IsoDuration | undefined {
  const match = ISO_DURATION.exec(text);
  if (!match) {
    return undefined;
  }
  const [, y, mo, w, d, h, mi, s] = match;
  return {
    years: Number(y ?? 0),
    months: Number(mo ?? 0),
    weeks: Number(w ?? 0),
    days: Number(d ?? 0),
    hours: Number(h ?? 0),
    minutes: Number(mi ?? 0),
    seconds: Number(s ?? 0),
  };
}

export function isIsoDuration(text: string): boolean {
  return parseIsoDuration(text) !== undefined;
}

/**
 * Adds a duration to an instant with calendar arithmetic in UTC, so `P6M` from 31 August lands on
 * the last day of February rather than drifting by a fixed number of days.
 */
export function addIsoDuration(from: Date, text: string): Date {
  const duration = parseIsoDuration(text);
  if (!duration) {
    throw new RangeError(`not an ISO 8601 duration: ${text}`);
  }
  const result = new Date(from.getTime());
  const totalMonths = duration.years * 12 + duration.months;
  if (totalMonths > 0) {
    const day = result.getUTCDate();
    result.setUTCDate(1);
    result.setUTCMonth(result.getUTCMonth() + totalMonths);
    const lastDay = new Date(
      Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0),
    ).getUTCDate();
    result.setUTCDate(Math.min(day, lastDay));
  }
  const clockMs =
    ((duration.weeks * 7 + duration.days) * 24 * 3600 +
      duration.hours * 3600 +
      duration.minutes * 60 +
      duration.seconds) *
    1000;
  return new Date(result.getTime() + Math.round(clockMs));
}

/** Milliseconds from `from` until the duration has elapsed. */
export function isoDurationToMs(text: string, from: Date): number {
  return addIsoDuration(from, text).getTime() - from.getTime();
}
