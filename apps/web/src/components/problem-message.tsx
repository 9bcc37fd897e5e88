import { ApiProblem } from '../api/client';

/** An API error as people should read it: its `detail` (a 409 also shows above the page). */
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
