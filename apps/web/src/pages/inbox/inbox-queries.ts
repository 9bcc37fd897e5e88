import { useQuery } from '@tanstack/react-query';
import type { Schemas } from '../../api/client';
import { api, unwrap } from '../../api/client';
import { fetchEveryPage } from '../../components/catalog-queries';
import { cycleQueryKeys } from '../../components/cycle-query-keys';

/** Every wait the signed-in person may decide (an admin: all), longest wait first. */
export function useInbox(enabled: boolean) {
  return useQuery({
    queryKey: cycleQueryKeys.inbox,
    enabled,
    queryFn: (): Promise<Schemas['PendingDecisionView'][]> =>
      fetchEveryPage(async (query) =>
        unwrap(await api.GET('/v1/approvals/pending', { params: { query } })),
      ),
  });
}
