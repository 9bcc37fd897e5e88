import type { EChartsCoreOption } from 'echarts/core';
import { useMemo } from 'react';
import type { Schemas } from '../../api/client';
import { EChart } from '../../components/echart';
import { formatDateTime } from '../../components/format';
import { CATEGORY_LABELS } from './maturity-labels';

/** An assessment's gaps, largest first: a table, and the same numbers as a bar chart. */
export function GapReport(props: {
  assessment: Schemas['AssessmentView'];
  capabilityNames: Map<string, string>;
}) {
  const { assessment, capabilityNames } = props;
  const nameOf = (id: string) => capabilityNames.get(id) ?? id;
  const option = useMemo<EChartsCoreOption>(() => {
    const names = assessment.gaps.map(
      (gap) => capabilityNames.get(gap.capability) ?? gap.capability,
    );
    return {
      // Rich text, drawn in the SVG: the HTML tooltip writes style attributes the CSP refuses.
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, renderMode: 'richText' },
      legend: { data: ['Current', 'Target'], top: 0 },
      grid: { left: 8, right: 24, top: 32, bottom: 32, containLabel: true },
      xAxis: {
        type: 'value',
        min: 0,
        max: 4,
        interval: 1,
        name: 'Level',
        nameLocation: 'middle',
        nameGap: 24,
      },
      // Inverse, so the largest gap (first) is drawn at the top as in the table.
      yAxis: { type: 'category', data: names, inverse: true },
      series: [
        {
          name: 'Current',
          type: 'bar',
          data: assessment.gaps.map((gap) => gap.current),
          itemStyle: { color: '#8a94a3' },
        },
        {
          name: 'Target',
          type: 'bar',
          data: assessment.gaps.map((gap) => gap.target),
          itemStyle: { color: '#1f5fbf' },
        },
      ],
    };
  }, [assessment, capabilityNames]);

  return (
    <section className="card catalog-card" aria-labelledby="gap-report-heading">
      <h2 id="gap-report-heading">Gaps of “{assessment.name}”</h2>
      <p className="muted">
        Recorded {formatDateTime(assessment.createdAt)}; {assessment.ratings.length} capabilities
        rated, {assessment.gaps.length} below their target.
      </p>
      {assessment.gaps.length === 0 ? (
        <p>No gaps: every rated capability is at or above its target.</p>
      ) : (
        <>
          <EChart
            option={option}
            label={`Current and target level of the ${assessment.gaps.length} capabilities below target, largest gap first; the table below has the numbers.`}
            height={Math.max(180, 72 + assessment.gaps.length * 34)}
          />
          <table className="gap-table">
            <caption>Capabilities below their target, largest gap first</caption>
            <thead>
              <tr>
                <th scope="col">Capability</th>
                <th scope="col">Category</th>
                <th scope="col" className="number">
                  Current
                </th>
                <th scope="col" className="number">
                  Target
                </th>
                <th scope="col" className="number">
                  Gap
                </th>
              </tr>
            </thead>
            <tbody>
              {assessment.gaps.map((gap) => (
                <tr key={gap.capability}>
                  <th scope="row">{nameOf(gap.capability)}</th>
                  <td>{CATEGORY_LABELS[gap.category]}</td>
                  <td className="number">{gap.current}</td>
                  <td className="number">{gap.target}</td>
                  <td className="number">{gap.size}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
