import type { Schemas } from '../../api/client';
import { humanize } from '../../components/cycle-labels';
import { formatNumber } from '../../components/format';
import { GapForm } from './gap-form';

/** The gap as recorded, or, for an improver in its stage, the form that states it. */
export function GapSection(props: {
  cycleId: string;
  serviceId: string;
  gap: Schemas['GapView'] | null;
  kpiName: string | undefined;
  editable: boolean;
}) {
  const { gap } = props;
  return (
    <section className="card" aria-labelledby="gap-heading">
      <h2 id="gap-heading">Gap</h2>
      {props.editable ? (
        <GapForm cycleId={props.cycleId} serviceId={props.serviceId} gap={gap} />
      ) : gap ? (
        <>
          <p className="cycle-statement">{gap.statement}</p>
          <dl className="cycle-facts">
            <div>
              <dt>Current value</dt>
              <dd>{formatNumber(gap.currentValue)}</dd>
            </div>
            <div>
              <dt>Target value</dt>
              <dd>{formatNumber(gap.targetValue)}</dd>
            </div>
            <div>
              <dt>KPI</dt>
              <dd>{gap.kpiId ? (props.kpiName ?? 'A KPI of the service') : 'None named'}</dd>
            </div>
            {gap.source && (
              <div>
                <dt>Found in</dt>
                <dd>{humanize(gap.source.kind)}</dd>
              </div>
            )}
          </dl>
          <h3>Evidence</h3>
          <p className="cycle-text">{gap.evidence}</p>
        </>
      ) : (
        <p className="muted">No gap has been stated yet.</p>
      )}
    </section>
  );
}
