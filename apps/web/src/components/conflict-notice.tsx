import { useEffect, useSyncExternalStore } from 'react';
import { useLocation } from 'react-router';
import type { ApiProblem } from '../api/client';

// The latest conflict (409) the API answered: the form that got it may vanish once the page
// reloads what changed, so the page says it, until dismissed or left.
let latest: ApiProblem | undefined;
const listeners = new Set<() => void>();

function publish(problem: ApiProblem | undefined): void {
  latest = problem;
  for (const listener of listeners) {
    listener();
  }
}

/** Called for every 409 a change got, after which the data is reloaded. */
export function reportConflict(problem: ApiProblem): void {
  publish(problem);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Above every page: what changed under the person, in the API's words. */
export function ConflictNotice() {
  const problem = useSyncExternalStore(subscribe, () => latest);
  const { pathname } = useLocation();
  useEffect(() => () => publish(undefined), [pathname]);
  if (!problem) {
    return null;
  }
  return (
    <div role="alert" className="problem conflict-notice">
      <strong>This changed while you were working on it, and has been reloaded: </strong>
      {problem.detail}{' '}
      <button type="button" className="secondary" onClick={() => publish(undefined)}>
        Dismiss
      </button>
    </div>
  );
}
