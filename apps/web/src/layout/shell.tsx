import type { ReactNode } from 'react';
import { NavLink } from 'react-router';
import { useSession } from '../auth/session';
import { ConflictNotice } from '../components/conflict-notice';

const PAGES = [
  { to: '/inbox', label: 'Inbox' },
  { to: '/cycles', label: 'Cycles' },
  { to: '/service-matrix', label: 'Service matrix' },
  { to: '/priorities', label: 'Priorities' },
  { to: '/maturity', label: 'Maturity' },
] as const;

/** Everyone's, roles or none: an initiative's owner reports on it here. */
const OWN_WORK = { to: '/my-initiatives', label: 'My initiatives' } as const;

/** The frame of every page: navigation, who is signed in, and the page itself. */
export function Shell(props: { children: ReactNode }) {
  const session = useSession();
  // Without a product role every page but one's own initiatives would answer 403.
  const pages = session.me.roles.length > 0 ? [...PAGES, OWN_WORK] : [OWN_WORK];
  return (
    <>
      <a className="skip-link" href="#content">
        Skip to content
      </a>
      <header className="top-bar">
        <span className="product">Improvement cycles</span>
        <nav aria-label="Pages">
          <ul>
            {pages.map((page) => (
              <li key={page.to}>
                <NavLink to={page.to}>{page.label}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="who">
          <span>
            {session.me.name ?? session.me.id}
            <span className="roles"> · {session.me.roles.join(', ') || 'no product role'}</span>
          </span>
          <button type="button" className="link-button" onClick={() => session.signOut()}>
            Sign out
          </button>
        </div>
      </header>
      <main id="content" tabIndex={-1}>
        <ConflictNotice />
        {props.children}
      </main>
    </>
  );
}
