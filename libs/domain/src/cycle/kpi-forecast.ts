import type { KpiReading } from './cycle-content';
import { KpiDirection } from './cycle-content';

/** Where a KPI's trend is heading: its projected value at `at`, and whether that meets the target. */
export type KpiForecast = NonNullable<KpiReading['forecast']>;

/** One measurement as the forecast reads it. */
export interface KpiPoint {
  value: number;
  /** ISO 8601 instant. */
  measuredAt: string;
}

/**
 * How many of the latest measurements the trend is fitted to. Six: with monthly measurements,
 * half a year (the default re-evaluation horizon), enough for one odd reading not to swing the
 * line, few enough that the line follows what the cycle's initiatives changed lately rather than
 * years of history from before the cycle.
 */
export const FORECAST_POINTS = 6;

/** Fewer points than this make no trend worth projecting: any two points fit a line exactly. */
export const FORECAST_MIN_POINTS = 3;

/**
 * The KPI's value projected to `at` by least squares over its latest `FORECAST_POINTS`
 * measurements, and whether it reaches the target in the KPI's direction. Null with fewer than
 * `FORECAST_MIN_POINTS` measurements, or when they were all taken at the same instant (no trend).
 */
export function forecastKpi(
  kpi: Pick<KpiReading, 'direction' | 'target'>,
  measurements: readonly KpiPoint[],
  at: string,
): KpiForecast | null {
  const atMs = Date.parse(at);
  if (Number.isNaN(atMs)) {
    return null;
  }
  const latest = measurements
    .map((point) => ({ x: Date.parse(point.measuredAt), y: point.value }))
    .filter((point) => !Number.isNaN(point.x))
    .sort((a, b) => a.x - b.x)
    .slice(-FORECAST_POINTS);
  if (latest.length < FORECAST_MIN_POINTS) {
    return null;
  }
  // Centred on the points' mean time: epoch milliseconds squared would lose the slope's digits.
  const meanX = mean(latest.map((point) => point.x));
  const meanY = mean(latest.map((point) => point.y));
  let sxx = 0;
  let sxy = 0;
  for (const { x, y } of latest) {
    sxx += (x - meanX) ** 2;
    sxy += (x - meanX) * (y - meanY);
  }
  if (sxx === 0) {
    return null;
  }
  const projected = round(meanY + (sxy / sxx) * (atMs - meanX));
  return { projected, at: new Date(atMs).toISOString(), onTrack: meets(kpi, projected) };
}

/** Whether `value` is at the target or beyond it, in the KPI's direction. */
function meets(kpi: Pick<KpiReading, 'direction' | 'target'>, value: number): boolean {
  switch (kpi.direction) {
    case KpiDirection.HigherIsBetter:
      return value >= kpi.target;
    case KpiDirection.LowerIsBetter:
      return value <= kpi.target;
  }
}

/**
 * How much of the way from baseline to target the latest value has come, in percent with one
 * decimal: 100 is the target reached, negative is worse than the baseline. Null when the latest
 * value is missing, or when the target equals the baseline (there is no way to come).
 */
export function achievedPercent(
  baseline: number,
  target: number,
  latest: number | null,
): number | null {
  if (latest === null || target === baseline) {
    return null;
  }
  const percent = ((latest - baseline) / (target - baseline)) * 100;
  // Half away from zero, so -12.25 and 12.25 round alike; `+ 0` turns -0 into 0.
  return (Math.sign(percent) * Math.round(Math.abs(percent) * 10)) / 10 + 0;
}

function mean(values: number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Six decimals, as the KPI's status rounds: no 1.9999999 where 2 was meant. */
function round(value: number): number {
  return Math.round(value * 1_000_000) / 1_000_000 + 0;
}
