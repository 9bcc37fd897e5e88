import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api, unwrap } from '../../api/client';
import { cycleQueryKeys as keys } from '../../components/cycle-query-keys';

export function useCycle(id: string) {
  return useQuery({
    queryKey: keys.cycle(id),
    queryFn: async () => unwrap(await api.GET('/v1/cycles/{id}', { params: { path: { id } } })),
  });
}

export function useService(id: string | undefined) {
  return useQuery({
    queryKey: keys.service(id ?? ''),
    enabled: Boolean(id),
    staleTime: 5 * 60_000,
    queryFn: async () =>
      unwrap(await api.GET('/v1/services/{id}', { params: { path: { id: id ?? '' } } })),
  });
}

/** The service's KPIs, for the forms that name one. */
export function useServiceKpis(serviceId: string, enabled: boolean) {
  return useQuery({
    queryKey: keys.serviceKpis(serviceId),
    enabled,
    queryFn: async () =>
      unwrap(await api.GET('/v1/services/{id}/kpis', { params: { path: { id: serviceId } } }))
        .items,
  });
}

/** A KPI with its latest measurements (newest first, 100 of them). */
export function useKpi(id: string | undefined) {
  return useQuery({
    queryKey: keys.kpi(id ?? ''),
    enabled: Boolean(id),
    queryFn: async () =>
      unwrap(await api.GET('/v1/kpis/{id}', { params: { path: { id: id ?? '' } } })),
  });
}

export function useHistory(id: string) {
  return useQuery({
    queryKey: keys.history(id),
    queryFn: async () => {
      const body = unwrap(await api.GET('/v1/cycles/{id}/history', { params: { path: { id } } }));
      // The operation also answers CSV (?format=csv); without it the API sends JSON.
      if (typeof body === 'string') {
        throw new Error('The history came as CSV instead of JSON.');
      }
      return body.items;
    },
  });
}

/** The history chain recomputed by the API: auditors and admins only. */
export function useVerification(id: string, enabled: boolean) {
  return useQuery({
    queryKey: keys.verification(id),
    enabled,
    queryFn: async () =>
      unwrap(await api.GET('/v1/cycles/{id}/history/verify', { params: { path: { id } } })),
  });
}

/** After a change to the cycle: the cycle, its history (and verification) and the inbox. */
export function useRefreshCycle(id: string): () => Promise<void> {
  const client = useQueryClient();
  return useCallback(async () => {
    await Promise.all([
      client.invalidateQueries({ queryKey: keys.cycle(id) }),
      client.invalidateQueries({ queryKey: keys.history(id) }),
      client.invalidateQueries({ queryKey: keys.inbox }),
      // The Cycles page's list and counts show its stage and status too.
      client.invalidateQueries({ queryKey: ['cycles'] }),
      client.invalidateQueries({ queryKey: ['my-initiatives'] }),
    ]);
  }, [client, id]);
}
