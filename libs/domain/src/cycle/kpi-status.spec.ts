import { KpiDirection } from './cycle-content';
import { kpiStatus } from './kpi-status';

describe('kpiStatus', () => {
  it('has nothing to say without measurements', () => {
    expect(kpiStatus(KpiDirection.HigherIsBetter, 90, [])).toEqual({
      latestValue: null,
      gapToTarget: null,
      trend: null,
    });
  });

  it('signs the gap by direction: positive while short of the target', () => {
    expect(kpiStatus(KpiDirection.HigherIsBetter, 90, [80])).toEqual({
      latestValue: 80,
      gapToTarget: 10,
      trend: null,
    });
    expect(kpiStatus(KpiDirection.LowerIsBetter, 2, [9])).toMatchObject({ gapToTarget: 7 });
    expect(kpiStatus(KpiDirection.LowerIsBetter, 2, [1.5])).toMatchObject({ gapToTarget: -0.5 });
  });

  it('reads the trend from the last two measurements in the KPI’s direction', () => {
    expect(kpiStatus(KpiDirection.HigherIsBetter, 90, [70, 80]).trend).toBe('improving');
    expect(kpiStatus(KpiDirection.LowerIsBetter, 2, [5, 6]).trend).toBe('worsening');
    expect(kpiStatus(KpiDirection.LowerIsBetter, 2, [9, 5, 5]).trend).toBe('flat');
  });
});
