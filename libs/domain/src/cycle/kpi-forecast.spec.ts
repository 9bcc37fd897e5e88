import { KpiDirection } from './cycle-content';
import type { KpiPoint } from './kpi-forecast';
import { achievedPercent, FORECAST_POINTS, forecastKpi } from './kpi-forecast';

const DAY_MS = 86_400_000;
const T0 = Date.parse('2026-01-01T00:00:00.000Z');
const day = (n: number) => new Date(T0 + n * DAY_MS).toISOString();
/** One measurement a day from day 0, with these values. */
const daily = (...values: number[]): KpiPoint[] =>
  values.map((value, n) => ({ value, measuredAt: day(n) }));

const fewerDays = { direction: KpiDirection.LowerIsBetter, target: 2 };
const moreSales = { direction: KpiDirection.HigherIsBetter, target: 100 };

describe('forecastKpi: the KPI’s trend projected to a date', () => {
  it('projects a flat series as it stands, short of a lower target', () => {
    expect(forecastKpi(fewerDays, daily(5, 5, 5, 5), day(30))).toEqual({
      projected: 5,
      at: day(30),
      onTrack: false,
    });
  });

  it('projects a falling series of a lower-is-better KPI past its target: on track', () => {
    // 9, 8, 7, 6: one day less per day, 2 reached on day 7, 0 on day 9.
    expect(forecastKpi(fewerDays, daily(9, 8, 7, 6), day(9))).toEqual({
      projected: 0,
      at: day(9),
      onTrack: true,
    });
  });

  it('finds a rising series of a lower-is-better KPI off track', () => {
    expect(forecastKpi(fewerDays, daily(3, 4, 5), day(10))).toEqual({
      projected: 13,
      at: day(10),
      onTrack: false,
    });
  });

  it('finds a rising series of a higher-is-better KPI on track once it reaches the target', () => {
    // 70, 80, 90: ten a day, 100 on day 3 exactly.
    expect(forecastKpi(moreSales, daily(70, 80, 90), day(3))).toMatchObject({
      projected: 100,
      onTrack: true,
    });
    expect(forecastKpi(moreSales, daily(70, 80, 90), day(2))).toMatchObject({
      projected: 90,
      onTrack: false,
    });
  });

  it('finds a falling series of a higher-is-better KPI off track', () => {
    expect(forecastKpi(moreSales, daily(95, 90, 85), day(5))).toMatchObject({
      projected: 70,
      onTrack: false,
    });
  });

  it('fits the least-squares line through scattered points', () => {
    // x = 0..3, y = 1, 3, 2, 4: slope 0.8, intercept 1.3; at day 5: 5.3.
    expect(forecastKpi(moreSales, daily(1, 3, 2, 4), day(5))?.projected).toBe(5.3);
  });

  it(`fits only the latest ${FORECAST_POINTS} measurements, whatever order they come in`, () => {
    // An old plateau at 50 is left out: the latest six rise by one a day.
    const points = [
      ...daily(50, 50, 50, 50),
      ...[10, 11, 12, 13, 14, 15].map((value, n) => ({ value, measuredAt: day(4 + n) })),
    ].reverse();
    expect(forecastKpi(moreSales, points, day(20))?.projected).toBe(26);
  });

  it('makes no forecast from fewer than three points', () => {
    expect(forecastKpi(moreSales, [], day(5))).toBeNull();
    expect(forecastKpi(moreSales, daily(1), day(5))).toBeNull();
    expect(forecastKpi(moreSales, daily(1, 2), day(5))).toBeNull();
  });

  it('makes no forecast from points all taken at the same instant', () => {
    const sameInstant = [1, 2, 3].map((value) => ({ value, measuredAt: day(0) }));
    expect(forecastKpi(moreSales, sameInstant, day(5))).toBeNull();
  });
});

describe('achievedPercent: how far from baseline to target the latest value came', () => {
  it('measures the way covered in either direction, to one decimal', () => {
    expect(achievedPercent(9, 2, 5)).toBe(57.1);
    expect(achievedPercent(9, 2, 2)).toBe(100);
    expect(achievedPercent(50, 100, 80)).toBe(60);
    expect(achievedPercent(50, 100, 120)).toBe(140);
  });

  it('is negative when the latest value is worse than the baseline, and 0 at the baseline', () => {
    expect(achievedPercent(9, 2, 10)).toBe(-14.3);
    expect(achievedPercent(9, 2, 9)).toBe(0);
    expect(Object.is(achievedPercent(9, 2, 9), -0)).toBe(false);
  });

  it('is null without a latest value, or with a target equal to the baseline', () => {
    expect(achievedPercent(9, 2, null)).toBeNull();
    expect(achievedPercent(5, 5, 4)).toBeNull();
  });
});
