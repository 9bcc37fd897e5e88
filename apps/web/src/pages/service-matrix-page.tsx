import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Schemas } from '../api/client';
import { api, unwrap } from '../api/client';
import { byId, useSurveys } from '../components/catalog-queries';
import { ProblemMessage } from '../components/problem-message';
import type { RatingScale } from './service-matrix/rating-scale';
import { RatingLegend } from './service-matrix/rating-legend';
import { cellKey, MatrixTable } from './service-matrix/matrix-table';

/** Which consumer areas each service serves, coloured by how those areas rated it lately. */
export default function ServiceMatrixPage() {
  const matrix = useQuery({
    queryKey: ['service-matrix'],
    queryFn: async () => unwrap(await api.GET('/v1/service-matrix')),
  });
  // Only for the survey's name and period in a cell's details; the matrix renders without it.
  const surveys = useSurveys();
  const surveyById = useMemo(() => byId(surveys.data), [surveys.data]);
  const { cells, scales, rated, sorted } = useMemo(() => {
    const lookup = new Map<string, Schemas['MatrixCellView']>();
    const scaleByKey = new Map<string, RatingScale>();
    let ratedCells = 0;
    for (const cell of matrix.data?.cells ?? []) {
      lookup.set(cellKey(cell.serviceId, cell.consumerAreaId), cell);
      if (cell.latestRating) {
        ratedCells += 1;
        const { scaleMin: min, scaleMax: max } = cell.latestRating;
        scaleByKey.set(`${min}-${max}`, { min, max });
      }
    }
    // Numbers in names sort as numbers ("Area 2" before "Area 10").
    const collator = new Intl.Collator(undefined, { numeric: true });
    const sorted = matrix.data && {
      ...matrix.data,
      consumerAreas: [...matrix.data.consumerAreas].sort((a, b) =>
        collator.compare(a.name, b.name),
      ),
      services: [...matrix.data.services].sort((a, b) => collator.compare(a.name, b.name)),
    };
    return { cells: lookup, scales: [...scaleByKey.values()], rated: ratedCells, sorted };
  }, [matrix.data]);

  return (
    <>
      <h1>Service matrix</h1>
      {matrix.isPending && <p role="status">Loading the service matrix…</p>}
      <ProblemMessage error={matrix.error} />
      {sorted &&
        (sorted.services.length === 0 ? (
          <p className="muted">No service serves a consumer area yet.</p>
        ) : (
          <>
            <p className="muted">
              {sorted.services.length} services, {sorted.consumerAreas.length} consumer areas,{' '}
              {rated} of {sorted.cells.length} served cells rated.
            </p>
            <RatingLegend scales={scales.length > 0 ? scales : [{ min: 1, max: 5 }]} />
            <MatrixTable matrix={sorted} cells={cells} surveys={surveyById} />
          </>
        ))}
    </>
  );
}
