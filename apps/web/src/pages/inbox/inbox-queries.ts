import { useQuery } from '@tanstack/react-query';
import type { Schemas } from '../../api/client';
import { api, unwrap } from '../../api/client';
import { cycleQueryKeys } from '../../components/cycle-query-keys';

// The API's largest page: the fewest round trips when following cursors.
const PAGE_SIZE = 200;

/** Every wait the signed-in person may decide (an admin: all), longest wait first. */
export function useInbox(enabled: boolean) {
  return useQuery({
    queryKey: cycleQueryKeys.inbox,
    enabled,
    queryFn: async () => {
      const items: Schemas['PendingDecisionView'][] = [];
      let cursor: string | undefined;
      do {
        const page = unwrap(
          await api.GET('/v1/approvals/pending', {
            params: { query: { limit: PAGE_SIZE, cursor } },
          }),
        );
        items.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return items;
    },
  });
}

/** Service names by id, every page of the catalog: what the inbox's links say. */
export function useServiceNames(enabled: boolean) {
  return useQuery({
    queryKey: cycleQueryKeys.serviceNames,
    enabled,
    staleTime: 5 * 60_000,
    queryFn: async () => {
      const names = new Map<string, string>();
      let cursor: string | undefined;
      do {
        const page = unwrap(
          await api.GET('/v1/services', { params: { query: { limit: PAGE_SIZE, cursor } } }),
        );
        for (const service of page.items) {
          names.set(service.id, service.name);
        }
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return names;
    },
  });
}
