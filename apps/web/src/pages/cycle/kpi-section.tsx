import { useMemo } from 'react';
import type { Schemas } from '../../api/client';
import { formatDateTime, formatNumber } from '../../components/format';
import { EChart } from '../../components/echart';
import { ProblemMessage } from '../../components/problem-message';
import { useKpi } from './cycle-queries';
import { kpiChartOption } from './kpi-chart-option';

type Outcome = Schemas['CycleOutcomeView'] | null;

function KpiNumbers(props: { kpi: Schemas['KpiView']; outcome: Outcome }) {
  const { kpi, outcome } = props;
  const measured = outcome?.kpi;
  const forecast = outcome?.forecast;
  const rows: [string, string][] = [
    ['Baseline', formatNumber(measured?.baseline ?? kpi.baseline)],
    ['At the cycle’s start', formatNumber(measured?.atStart)],
    ['Latest', formatNumber(measured?.latest ?? kpi.latestValue)],
    ['Target', formatNumber(measured?.target ?? kpi.target)],
    [
      'Achieved',
      measured?.achievedPercent === null || measured?.achievedPercent === undefined
        ? '—'
        : `${formatNumber(measured.achievedPercent)}%`,
    ],
  ];
  if (forecast) {
    rows.push([
      `Forecast for ${formatDateTime(forecast.at)}`,
      `${formatNumber(forecast.projected)} (${forecast.onTrack ? 'on track' : 'off track'})`,
    ]);
  }
  return (
    <table className="cycle-kpi-numbers">
      <caption>
        {kpi.name} ({kpi.unit}), {kpi.direction === 'higher_is_better' ? 'higher' : 'lower'} is
        better
      </caption>
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td className="number">{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Measurements(props: { kpi: Schemas['KpiView'] }) {
  return (
    <details>
      <summary>Measurements as a table ({props.kpi.measurements.length})</summary>
      <table>
        <caption>Measurements of {props.kpi.name}, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Measured at</th>
            <th scope="col" className="number">
              Value ({props.kpi.unit})
            </th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {props.kpi.measurements.map((item) => (
            <tr key={item.id}>
              <td>{formatDateTime(item.measuredAt)}</td>
              <td className="number">{formatNumber(item.value)}</td>
              <td>{item.source ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

/** The tracked KPI: a chart of its measurements against baseline and target, and the numbers. */
export function KpiSection(props: { kpiId: string | undefined; outcome: Outcome }) {
  const kpi = useKpi(props.kpiId);
  const forecast = props.outcome?.forecast;
  const option = useMemo(
    () => (kpi.data ? kpiChartOption(kpi.data, forecast) : undefined),
    [kpi.data, forecast],
  );
  return (
    <section className="card" aria-labelledby="kpi-heading">
      <h2 id="kpi-heading">KPI{kpi.data ? `: ${kpi.data.name}` : ''}</h2>
      {!props.kpiId && (
        <p className="muted">Neither the gap nor an initiative names a KPI to chart.</p>
      )}
      {props.kpiId && kpi.isPending && <p role="status">Loading the KPI…</p>}
      <ProblemMessage error={kpi.error} />
      {kpi.data && option && (
        <div className="cycle-kpi">
          <EChart
            option={option}
            label={`${kpi.data.name} over time, against its baseline and target; the numbers are in the table beside it.`}
          />
          <KpiNumbers kpi={kpi.data} outcome={props.outcome} />
        </div>
      )}
      {kpi.data && <Measurements kpi={kpi.data} />}
    </section>
  );
}
