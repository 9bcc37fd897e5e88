import { KpiDirection } from './cycle-content';

export type KpiTrend = 'improving' | 'worsening' | 'flat';

export interface KpiStatus {
  latestValue: number | null;
  /** How far the latest value is from the target, positive while short of it, whatever the direction. */
  gapToTarget: number | null;
  /** The last two measurements compared in the KPI's direction. */
  trend: KpiTrend | null;
}

/** A KPI's standing from its measurements, oldest first. */
export function kpiStatus(direction: KpiDirection, target: number, values: number[]): KpiStatus {
  const latest = values.at(-1);
  const previous = values.at(-2);
  if (latest === undefined) {
    return { latestValue: null, gapToTarget: null, trend: null };
  }
  const sign = direction === KpiDirection.HigherIsBetter ? 1 : -1;
  const better = previous === undefined ? 0 : sign * (latest - previous);
  return {
    latestValue: latest,
    gapToTarget: round(sign * (target - latest)),
    trend:
      previous === undefined ? null : better > 0 ? 'improving' : better < 0 ? 'worsening' : 'flat',
  };
}

function round(value: number): number {
  return Math.round(value * 1_000_000) / 1_000_000;
}
