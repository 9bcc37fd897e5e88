import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api, unwrap } from '../../api/client';
import { ProblemMessage } from '../../components/problem-message';
import type { CycleFilters } from './cycle-filters';
import { STAGE_LABELS, STAGES } from '../../components/cycle-labels';

/** Cycles per stage, as tiles; a tile filters the list to its stage (and clicked again, clears it). */
export function StageTiles(props: {
  filters: CycleFilters;
  onFilter: (change: CycleFilters) => void;
}) {
  const { filters, onFilter } = props;
  const counts = useQuery({
    queryKey: ['cycles', 'counts', filters.serviceId ?? null],
    queryFn: async () =>
      unwrap(
        await api.GET('/v1/cycles/counts', {
          params: { query: filters.serviceId ? { serviceId: filters.serviceId } : {} },
        }),
      ),
  });
  // Counted under the chosen status too, so a tile's number matches the list it opens.
  const perStage = useMemo(() => {
    const totals = new Map<string, number>();
    for (const item of counts.data?.items ?? []) {
      if (!filters.status || item.status === filters.status) {
        totals.set(item.stage, (totals.get(item.stage) ?? 0) + item.count);
      }
    }
    return totals;
  }, [counts.data, filters.status]);

  if (counts.isError) {
    return <ProblemMessage error={counts.error} />;
  }
  return (
    <ul className="stage-tiles" aria-label="Cycles per stage">
      {STAGES.map((stage) => {
        const selected = filters.stage === stage;
        return (
          <li key={stage}>
            <button
              type="button"
              className={selected ? 'stage-tile selected' : 'stage-tile'}
              aria-pressed={selected}
              onClick={() => onFilter({ ...filters, stage: selected ? undefined : stage })}
            >
              <span className="stage-tile-count">
                {counts.isPending ? '…' : (perStage.get(stage) ?? 0)}
              </span>
              <span className="stage-tile-label">{STAGE_LABELS[stage]}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
