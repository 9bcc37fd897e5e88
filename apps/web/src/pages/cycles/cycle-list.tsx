import { useInfiniteQuery } from '@tanstack/react-query';
import { memo } from 'react';
import { Link } from 'react-router';
import type { Schemas } from '../../api/client';
import { api, unwrap } from '../../api/client';
import { formatDate, formatDateTime } from '../../components/format';
import { ProblemMessage } from '../../components/problem-message';
import type { CycleFilters } from './cycle-filters';
import { STAGE_LABELS, STATUS_BADGES, STATUS_LABELS } from '../../components/cycle-labels';

/** A page a browser renders at once even with thousands of cycles behind it. */
const PAGE_SIZE = 100;

/** The cycles matching the filters, a page at a time: only what was fetched is rendered. */
export function CycleList(props: { filters: CycleFilters; serviceNames: Map<string, string> }) {
  const { filters, serviceNames } = props;
  const cycles = useInfiniteQuery({
    queryKey: ['cycles', 'list', filters],
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam }) =>
      unwrap(
        await api.GET('/v1/cycles', {
          params: {
            // Newest first: the cycles people are working on, not those closed years ago.
            query: {
              ...filters,
              order: 'newest',
              limit: PAGE_SIZE,
              ...(pageParam ? { cursor: pageParam } : {}),
            },
          },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

  if (cycles.isPending) {
    return <p role="status">Loading cycles…</p>;
  }
  // A failed "Show more" keeps the rows already shown; only a failed first page has none.
  const pages = cycles.data?.pages;
  if (!pages) {
    return <ProblemMessage error={cycles.error} />;
  }
  const rows = pages.flatMap((page) => page.items);
  return (
    <>
      <table className="cycle-list">
        <caption>
          Cycles, newest first: {rows.length} shown{cycles.hasNextPage ? ', more below' : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">Service</th>
            <th scope="col">Stage</th>
            <th scope="col">Status</th>
            <th scope="col">Started</th>
            <th scope="col">Updated</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((cycle) => (
            <CycleRow
              key={cycle.id}
              cycle={cycle}
              serviceName={serviceNames.get(cycle.serviceId)}
            />
          ))}
          {rows.length === 0 && (
            <tr>
              <td colSpan={5} className="muted">
                No cycle matches these filters.
              </td>
            </tr>
          )}
        </tbody>
      </table>
      <div className="actions">
        {cycles.hasNextPage && (
          <button
            type="button"
            className="secondary"
            disabled={cycles.isFetchingNextPage}
            onClick={() => void cycles.fetchNextPage()}
          >
            Show more
          </button>
        )}
        {cycles.isFetchingNextPage && <span role="status">Loading more cycles…</span>}
      </div>
      {cycles.isFetchNextPageError && <ProblemMessage error={cycles.error} />}
    </>
  );
}

// Memoized: fetching the next page re-renders the list, not the rows already shown.
const CycleRow = memo(function CycleRow(props: {
  cycle: Schemas['CycleView'];
  serviceName: string | undefined;
}) {
  const { cycle, serviceName } = props;
  return (
    <tr>
      <th scope="row">
        <Link to={`/cycles/${cycle.id}`}>
          {serviceName ?? `Service ${cycle.serviceId.slice(0, 8)}`}
        </Link>
      </th>
      <td>{STAGE_LABELS[cycle.stage]}</td>
      <td>
        <span className={STATUS_BADGES[cycle.status]}>{STATUS_LABELS[cycle.status]}</span>
      </td>
      <td>
        <time dateTime={cycle.startedAt}>{formatDate(cycle.startedAt)}</time>
      </td>
      <td>
        <time dateTime={cycle.updatedAt}>{formatDateTime(cycle.updatedAt)}</time>
      </td>
    </tr>
  );
});
