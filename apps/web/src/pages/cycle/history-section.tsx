import type { Schemas } from '../../api/client';
import { humanize, stageLabel } from '../../components/cycle-labels';
import { formatDateTime } from '../../components/format';
import { ProblemMessage } from '../../components/problem-message';
import { useHistory, useVerification } from './cycle-queries';

type AuditEvent = Schemas['AuditEventView'];

/** The words an event carries for people: its reason or note, when it has one. */
function said(event: AuditEvent): string | undefined {
  const { reason, note } = event.data;
  if (typeof reason === 'string' && reason) {
    return reason;
  }
  return typeof note === 'string' && note ? note : undefined;
}

/** The chain's state as the API recomputed it: Verified, or Broken at the first bad event. */
function ChainState(props: { cycleId: string }) {
  const verification = useVerification(props.cycleId, true);
  if (verification.isPending) {
    return <p role="status">Verifying the history chain…</p>;
  }
  if (verification.isError) {
    return <ProblemMessage error={verification.error} />;
  }
  const result = verification.data;
  return (
    <p className="cycle-chain">
      History chain:{' '}
      {result.valid ? (
        <span className="badge ok">Verified</span>
      ) : (
        <span className="badge danger">Broken</span>
      )}{' '}
      {result.valid
        ? `${result.events} events, every hash recomputed.`
        : `at event ${result.brokenAt ?? '?'}${result.reason ? `: ${result.reason}` : ''}.`}
    </p>
  );
}

/** Every recorded event of the cycle, oldest first, and for auditors the chain's state. */
export function HistorySection(props: { cycleId: string; mayVerify: boolean }) {
  const history = useHistory(props.cycleId);
  return (
    <section className="card" aria-labelledby="history-heading">
      <h2 id="history-heading">History</h2>
      {props.mayVerify && <ChainState cycleId={props.cycleId} />}
      {history.isPending && <p role="status">Loading the history…</p>}
      <ProblemMessage error={history.error} />
      {history.data && (
        <ol className="cycle-timeline">
          {history.data.map((event) => {
            const words = said(event);
            return (
              <li key={event.seq}>
                <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt)}</time>
                <span className="cycle-timeline-action">{humanize(event.action)}</span>
                <span className="muted">
                  by {event.actor.id}
                  {event.stage ? ` · ${stageLabel(event.stage)}` : ''}
                </span>
                {words && <span className="cycle-timeline-words">“{words}”</span>}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
