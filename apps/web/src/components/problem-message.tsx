import { ApiProblem } from '../api/client';

/** An API error as people should read it: its `detail`, and what changed under them on a 409. */
export function ProblemMessage(props: { error: unknown }) {
  const { error } = props;
  if (!error) {
    return null;
  }
  const problem = error instanceof ApiProblem ? error : undefined;
  const message =
    problem?.detail ?? (error instanceof Error ? error.message : 'Something went wrong.');
  return (
    <div role="alert" className="problem">
      {problem?.status === 409 && (
        <strong>This changed while you were looking at it; it has been reloaded. </strong>
      )}
      {message}
      {problem && problem.errors.length > 0 && (
        <ul>
          {problem.errors.map((item) => (
            <li key={`${item.field}:${item.message}`}>
              <code>{item.field}</code>: {item.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
