import { Link } from 'react-router';
import { ProblemMessage } from '../components/problem-message';
import { useSession } from '../auth/session';
import { InboxTable } from './inbox/inbox-table';
import { useServiceNames } from '../components/catalog-queries';
import { useInbox } from './inbox/inbox-queries';

/** What waits for the signed-in manager's decision: the first page people see, kept light. */
export function InboxPage() {
  const session = useSession();
  const mayDecide = session.can('manager', 'admin');
  const inbox = useInbox(mayDecide);
  const names = useServiceNames(mayDecide);
  // Names make the links: wait for them, unless they cannot be had (then the rows say so).
  const ready = inbox.data && (names.data || names.isError) ? inbox.data : undefined;
  if (!mayDecide) {
    return (
      <>
        <h1>Inbox</h1>
        <div className="card">
          <p>
            The inbox lists the stage gates and roadmap changes waiting for a manager&rsquo;s
            decision. Your roles ({session.me.roles.join(', ') || 'none'}) do not include the
            manager role, so nothing here waits for you.
          </p>
          <p>
            The <Link to="/cycles">Cycles</Link> page shows every improvement cycle and where it
            stands.
          </p>
        </div>
      </>
    );
  }
  return (
    <>
      <h1>Inbox</h1>
      {!session.can('manager') && (
        <p className="hint">
          As an admin you see everything that waits; deciding needs the manager role.
        </p>
      )}
      <ProblemMessage error={inbox.error ?? names.error} />
      {!ready && !inbox.isError && <p role="status">Loading what waits for your decision…</p>}
      {ready?.length === 0 && <p className="card">Nothing waits for your decision.</p>}
      {ready && ready.length > 0 && <InboxTable waits={ready} serviceNames={names.data} />}
    </>
  );
}
