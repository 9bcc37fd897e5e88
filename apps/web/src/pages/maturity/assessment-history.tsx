import { useState } from 'react';
import type { Schemas } from '../../api/client';
import { formatDateTime } from '../../components/format';

/** How many assessments show before "Show all": the recent ones are what people compare. */
const RECENT = 10;

/** The assessments recorded so far, newest first, each one's gaps a click away. */
export function AssessmentHistory(props: {
  assessments: Schemas['AssessmentView'][];
  shownId: string | undefined;
  onShow: (id: string) => void;
}) {
  const { assessments, shownId, onShow } = props;
  const [all, setAll] = useState(false);
  const newestFirst = [...assessments].reverse();
  const rows = all ? newestFirst : newestFirst.slice(0, RECENT);
  return (
    <section aria-labelledby="assessment-history-heading">
      <h2 id="assessment-history-heading">Assessments</h2>
      <table className="assessment-history">
        <caption>Recorded assessments, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Recorded</th>
            <th scope="col" className="number">
              Rated
            </th>
            <th scope="col" className="number">
              Gaps
            </th>
            <th scope="col">Gaps report</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((assessment) => (
            <tr key={assessment.id}>
              <th scope="row">{assessment.name}</th>
              <td>
                <time dateTime={assessment.createdAt}>{formatDateTime(assessment.createdAt)}</time>
              </td>
              <td className="number">{assessment.ratings.length}</td>
              <td className="number">{assessment.gaps.length}</td>
              <td>
                {assessment.id === shownId ? (
                  <span className="badge ok">Shown above</span>
                ) : (
                  <button type="button" className="secondary" onClick={() => onShow(assessment.id)}>
                    Show gaps<span className="visually-hidden"> of {assessment.name}</span>
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {!all && assessments.length > RECENT && (
        <div className="actions">
          <button type="button" className="secondary" onClick={() => setAll(true)}>
            Show all {assessments.length}
          </button>
        </div>
      )}
    </section>
  );
}
