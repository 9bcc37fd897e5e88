import type { Schemas } from '../../api/client';
import { humanize } from '../../components/cycle-labels';
import { RootCausesForm } from './root-causes-form';

/** The root causes with their whys, or, for an improver in their stage, the form. */
export function RootCausesSection(props: {
  cycleId: string;
  causes: Schemas['RootCauseView'][];
  editable: boolean;
}) {
  const { causes } = props;
  return (
    <section className="card" aria-labelledby="causes-heading">
      <h2 id="causes-heading">Root causes</h2>
      {props.editable ? (
        <RootCausesForm cycleId={props.cycleId} causes={causes} />
      ) : causes.length === 0 ? (
        <p className="muted">No root causes have been recorded yet.</p>
      ) : (
        <ol className="cycle-causes">
          {causes.map((cause, index) => (
            <li key={cause.id ?? index}>
              <p>
                <span className="badge">{humanize(cause.category)}</span> {cause.description}
              </p>
              {cause.whys.length > 0 && (
                <>
                  <h3 className="cycle-minor-heading">Why?</h3>
                  <ol className="cycle-whys">
                    {cause.whys.map((why, whyIndex) => (
                      <li key={whyIndex}>{why}</li>
                    ))}
                  </ol>
                </>
              )}
              <p className="muted">Evidence: {cause.evidence}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
