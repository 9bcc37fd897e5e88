import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { CycleStage, CycleStatus } from '../../components/cycle-labels';
import { isStage, isStatus } from '../../components/cycle-labels';
import { isUuid } from '../../components/ids';

export interface CycleFilters {
  stage?: CycleStage;
  status?: CycleStatus;
  serviceId?: string;
}

/**
 * The list's filters live in the query string, so a reload or a shared link keeps them; a value
 * the API would refuse (an unknown stage, a malformed id) is ignored rather than sent.
 */
export function useCycleFilters(): [CycleFilters, (change: CycleFilters) => void] {
  const [params, setParams] = useSearchParams();
  const stage = params.get('stage');
  const status = params.get('status');
  const serviceId = params.get('serviceId');
  const filters = useMemo<CycleFilters>(
    () => ({
      ...(isStage(stage) ? { stage } : {}),
      ...(isStatus(status) ? { status } : {}),
      ...(isUuid(serviceId) ? { serviceId } : {}),
    }),
    [stage, status, serviceId],
  );
  const setFilters = useCallback(
    (change: CycleFilters) => {
      const next = new URLSearchParams();
      for (const [key, value] of Object.entries(change)) {
        if (typeof value === 'string' && value) {
          next.set(key, value);
        }
      }
      setParams(next);
    },
    [setParams],
  );
  return [filters, setFilters];
}
