import type { Schemas } from '../../api/client';
import { humanize } from '../../components/cycle-labels';
import { formatDueDate } from '../../components/format';
import { InitiativesForm } from './initiatives-form';
import { ProgressForm } from './progress-form';

const STATUS_TONES: Record<Schemas['InitiativeView']['status'], string> = {
  not_started: '',
  on_track: 'ok',
  at_risk: 'warn',
  off_track: 'danger',
  done: 'ok',
  dropped: '',
};

function InitiativesTable(props: { initiatives: Schemas['InitiativeView'][] }) {
  return (
    <table className="cycle-initiatives">
      <caption className="visually-hidden">Initiatives of the cycle</caption>
      <thead>
        <tr>
          <th scope="col">Initiative</th>
          <th scope="col">Owner</th>
          <th scope="col">Due</th>
          <th scope="col" className="number">
            Progress
          </th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {props.initiatives.map((initiative) => (
          <tr key={initiative.id}>
            <th scope="row">
              {initiative.title}
              <div className="muted cycle-effect">{initiative.expectedEffect}</div>
              {initiative.lastNote && (
                <div className="muted">Latest note: {initiative.lastNote}</div>
              )}
              {initiative.dropReason && (
                <div className="muted">Dropped because: {initiative.dropReason}</div>
              )}
            </th>
            <td>{initiative.ownerId}</td>
            <td>{formatDueDate(initiative.dueDate)}</td>
            <td className="number">{initiative.percentComplete}%</td>
            <td>
              <span className={`badge ${STATUS_TONES[initiative.status]}`}>
                {humanize(initiative.status)}
              </span>{' '}
              {initiative.late && <span className="badge danger">Late</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The plan: a table of initiatives, the planning form in its stage, progress reports after. */
export function InitiativesSection(props: {
  cycleId: string;
  serviceId: string;
  initiatives: Schemas['InitiativeView'][];
  causes: Schemas['RootCauseView'][];
  editable: boolean;
  /** Who may report progress on which initiative now; none outside execution monitoring. */
  mayReport: (initiative: Schemas['InitiativeView']) => boolean;
}) {
  const { initiatives } = props;
  const reportable = initiatives.filter(props.mayReport);
  return (
    <section className="card" aria-labelledby="initiatives-heading">
      <h2 id="initiatives-heading">Initiatives</h2>
      {props.editable ? (
        <InitiativesForm
          cycleId={props.cycleId}
          serviceId={props.serviceId}
          initiatives={initiatives}
          causes={props.causes}
        />
      ) : initiatives.length === 0 ? (
        <p className="muted">No initiatives have been planned yet.</p>
      ) : (
        <InitiativesTable initiatives={initiatives} />
      )}
      {reportable.length > 0 && (
        <>
          <h3>Report progress</h3>
          {reportable.map((initiative) => (
            <details key={initiative.id} className="cycle-progress">
              <summary>{initiative.title}</summary>
              <ProgressForm cycleId={props.cycleId} initiative={initiative} />
            </details>
          ))}
        </>
      )}
    </section>
  );
}
