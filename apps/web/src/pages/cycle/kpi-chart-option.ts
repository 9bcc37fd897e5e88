import type { EChartsCoreOption } from 'echarts/core';
import type { Schemas } from '../../api/client';

type Forecast = Schemas['KpiForecastView'];

// Colours with at least 4.5:1 against white, told apart by the legend and line style too.
const MEASURED = '#1f5fbf';
const FORECAST = '#8a5300';
const BASELINE = '#55606e';
const TARGET = '#1e6b3a';

/**
 * The KPI over time: its measurements as a line, baseline and target as mark lines, and, once the
 * cycle has one, the forecast as a dashed line from the latest measurement to the projection.
 */
export function kpiChartOption(kpi: Schemas['KpiView'], forecast: Forecast | undefined) {
  const measured = [...kpi.measurements]
    .reverse()
    .map((item) => [item.measuredAt, item.value] as [string, number]);
  const latest = measured.at(-1);
  const projected: [string, number][] =
    forecast && latest ? [latest, [forecast.at, forecast.projected]] : [];
  // Mark lines do not stretch the axis: make room for baseline, target and forecast.
  const values = [
    ...measured.map(([, value]) => value),
    ...projected.map(([, value]) => value),
    kpi.baseline,
    kpi.target,
  ];
  const low = Math.min(...values);
  const high = Math.max(...values);
  // Round the axis out to a step of the data's order of magnitude: 20..80, not 18.9..80.
  const step = 10 ** Math.floor(Math.log10(high - low || Math.abs(high) || 1));
  const axisLow = Math.floor(low / step) * step;
  const axisHigh = Math.ceil(high / step) * step;
  const option: EChartsCoreOption = {
    animation: false,
    grid: { left: 56, right: 96, top: 40, bottom: 40 },
    legend: { top: 0 },
    // Rich text, drawn in the SVG: the HTML tooltip writes style attributes the CSP refuses.
    tooltip: { trigger: 'axis', renderMode: 'richText' },
    xAxis: { type: 'time', splitNumber: 5, axisLabel: { hideOverlap: true } },
    yAxis: {
      type: 'value',
      name: kpi.unit,
      min: axisLow,
      max: axisHigh > axisLow ? axisHigh : axisLow + step,
    },
    series: [
      {
        name: 'Measured',
        type: 'line',
        data: measured,
        color: MEASURED,
        symbolSize: 6,
        markLine: {
          symbol: 'none',
          silent: true,
          data: [
            {
              name: 'Baseline',
              yAxis: kpi.baseline,
              lineStyle: { color: BASELINE, type: 'dotted' },
              label: { formatter: 'Baseline {c}', color: BASELINE },
            },
            {
              name: 'Target',
              yAxis: kpi.target,
              lineStyle: { color: TARGET, type: 'solid', width: 2 },
              label: { formatter: 'Target {c}', color: TARGET },
            },
          ],
        },
      },
      ...(projected.length > 0
        ? [
            {
              name: 'Forecast',
              type: 'line',
              data: projected,
              color: FORECAST,
              lineStyle: { type: 'dashed' },
              symbol: 'diamond',
              symbolSize: 8,
            },
          ]
        : []),
    ],
  };
  return option;
}
