import { memo } from 'react';
import type { Schemas } from '../../api/client';
import { formatDate } from '../../components/format';
import { heatClass, shownRating } from './rating-scale';

type MatrixCell = Schemas['MatrixCellView'];
type MatrixRating = Schemas['MatrixRatingView'];
type Survey = Schemas['SurveyView'];

/** The key of a cell in the lookup: one Map read per table cell instead of a search. */
export const cellKey = (serviceId: string, areaId: string) => `${serviceId}:${areaId}`;

/** Consumer areas across, services down; a served cell is coloured by its latest rating. */
export function MatrixTable(props: {
  matrix: Schemas['ServiceMatrixView'];
  cells: Map<string, MatrixCell>;
  surveys: Map<string, Survey>;
}) {
  const { matrix, cells, surveys } = props;
  return (
    <div
      className="matrix-scroll"
      role="region"
      aria-labelledby="service-matrix-caption"
      // Focusable so a keyboard can scroll a matrix wider than the screen.
      tabIndex={0}
    >
      <table className="service-matrix">
        <caption id="service-matrix-caption">
          Services (rows) by consumer areas (columns): each served cell shows its latest mean rating
        </caption>
        <thead>
          <tr>
            <th scope="col">Service</th>
            <th scope="col">Provider area</th>
            {matrix.consumerAreas.map((area) => (
              <th scope="col" key={area.id} className="matrix-area">
                {area.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.services.map((service) => (
            <MatrixRow
              key={service.id}
              service={service}
              areas={matrix.consumerAreas}
              cells={cells}
              surveys={surveys}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

const MatrixRow = memo(function MatrixRow(props: {
  service: Schemas['MatrixServiceView'];
  areas: Schemas['MatrixAreaView'][];
  cells: Map<string, MatrixCell>;
  surveys: Map<string, Survey>;
}) {
  const { service, areas, cells, surveys } = props;
  return (
    <tr>
      <th scope="row" className="matrix-service">
        {service.name}
        {service.critical && <span className="badge danger matrix-critical">Critical</span>}
      </th>
      <td>{service.providerAreaName}</td>
      {areas.map((area) => {
        const cell = cells.get(cellKey(service.id, area.id));
        if (!cell) {
          return (
            <td key={area.id} className="matrix-cell matrix-not-served">
              <span aria-hidden="true">—</span>
              <span className="visually-hidden">not served</span>
            </td>
          );
        }
        const rating = cell.latestRating;
        if (!rating) {
          return (
            <td key={area.id} className="matrix-cell heat-none" title="Served; not rated yet">
              <span className="matrix-unrated">not rated</span>
            </td>
          );
        }
        const details = ratingDetails(rating, surveys.get(rating.surveyId));
        return (
          <td
            key={area.id}
            className={`matrix-cell number ${heatClass(rating.meanScore, { min: rating.scaleMin, max: rating.scaleMax })}`}
            title={details}
          >
            {shownRating(rating.meanScore).toFixed(1)}
            <span className="visually-hidden">, {details}</span>
          </td>
        );
      })}
    </tr>
  );
});

/** What a cell's hover (and a screen reader) tells: the mean, how many rated it, which survey. */
function ratingDetails(rating: MatrixRating, survey: Survey | undefined): string {
  const responses = `${rating.responses} ${rating.responses === 1 ? 'response' : 'responses'}`;
  const from = survey
    ? `${survey.name}, ${formatDate(survey.periodStart)} to ${formatDate(survey.periodEnd)}`
    : `survey ${rating.surveyId.slice(0, 8)}`;
  return `mean ${rating.meanScore} on ${rating.scaleMin}–${rating.scaleMax}, ${responses}, ${from}`;
}
