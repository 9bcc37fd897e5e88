import { useEffect, useRef } from 'react';
import type { EChartsCoreOption } from 'echarts/core';
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

// Only what the console draws, so the chart chunk stays small; loaded with the pages that chart.
echarts.use([
  LineChart,
  BarChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  SVGRenderer,
]);

/**
 * An ECharts chart, drawn as SVG. `label` names it for screen readers; every chart in the console
 * also has its numbers in a table beside it, which is what assistive technology should read.
 */
export function EChart(props: { option: EChartsCoreOption; label: string; height?: number }) {
  const element = useRef<HTMLDivElement>(null);
  const { option } = props;
  useEffect(() => {
    if (!element.current) {
      return undefined;
    }
    const chart = echarts.init(element.current, undefined, { renderer: 'svg' });
    chart.setOption(option);
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [option]);
  return (
    <div
      ref={element}
      role="img"
      aria-label={props.label}
      className="chart"
      // Set through the CSSOM by React, which the CSP allows (an inline style attribute it would not).
      style={{ height: props.height ?? 320 }}
    />
  );
}
