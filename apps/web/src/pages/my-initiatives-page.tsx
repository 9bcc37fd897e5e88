import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Schemas } from '../api/client';
import { api, unwrap } from '../api/client';
import { useSession } from '../auth/session';
import { humanize, stageLabel } from '../components/cycle-labels';
import { formatDueDate } from '../components/format';
import { ProblemMessage } from '../components/problem-message';
import { ProgressForm } from './cycle/progress-form';

type Scope = 'open' | 'all';
type Owned = Schemas['OwnedInitiativeView'];

/** What an initiative's owner does here: see their work across cycles and report its progress. */
export default function MyInitiativesPage() {
  const session = useSession();
  const [scope, setScope] = useState<Scope>('open');
  const owned = useQuery({
    queryKey: ['my-initiatives', scope],
    queryFn: async () =>
      unwrap(await api.GET('/v1/people/me/initiatives', { params: { query: { status: scope } } }))
        .items,
  });
  // People with no product role may report on their own work, but not open the cycle.
  const mayOpenCycles = session.me.roles.length > 0;
  return (
    <>
      <h1>My initiatives</h1>
      <p className="hint">The initiatives you own, soonest due first.</p>
      <div className="form-row">
        <div>
          <label htmlFor="my-initiatives-scope">Show</label>
          <select
            id="my-initiatives-scope"
            value={scope}
            onChange={(event) => setScope(event.target.value === 'all' ? 'all' : 'open')}
          >
            <option value="open">Open ones</option>
            <option value="all">All, done and dropped too</option>
          </select>
        </div>
      </div>
      {owned.isPending && <p role="status">Loading your initiatives…</p>}
      <ProblemMessage error={owned.error} />
      {owned.data?.length === 0 && (
        <p className="muted">You own no {scope === 'open' ? 'open ' : ''}initiative.</p>
      )}
      {owned.data?.map((item) => (
        <OwnedInitiative key={item.initiative.id} item={item} mayOpenCycle={mayOpenCycles} />
      ))}
    </>
  );
}

function OwnedInitiative(props: { item: Owned; mayOpenCycle: boolean }) {
  const { item } = props;
  const { initiative } = item;
  const open = initiative.status !== 'done' && initiative.status !== 'dropped';
  return (
    <section className="card" aria-labelledby={`owned-${initiative.id}`}>
      <h2 id={`owned-${initiative.id}`}>{initiative.title}</h2>
      <p>
        {props.mayOpenCycle ? (
          <Link to={`/cycles/${item.cycleId}`}>{item.serviceName}</Link>
        ) : (
          item.serviceName
        )}{' '}
        · due {formatDueDate(initiative.dueDate)} · {initiative.percentComplete}% ·{' '}
        <span className="badge">{humanize(initiative.status)}</span>
      </p>
      {initiative.lastNote && <p className="muted">Latest note: {initiative.lastNote}</p>}
      {open && item.cycleStage === 'execution_monitoring' && (
        <ProgressForm cycleId={item.cycleId} initiative={initiative} />
      )}
      {open && item.cycleStage !== 'execution_monitoring' && (
        <p className="hint">
          Its cycle is in {stageLabel(item.cycleStage)}: progress is reported once the plan is
          approved and carried out.
        </p>
      )}
    </section>
  );
}
