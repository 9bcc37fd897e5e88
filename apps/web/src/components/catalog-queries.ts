import { useQuery } from '@tanstack/react-query';
import type { Schemas } from '../api/client';
import { api, unwrap } from '../api/client';

interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** The API's largest page, so a short catalogue comes back in one request. */
const LARGEST_PAGE = 200;
/** A bound on the cursor chase, so a server that never ends a list cannot hang the page. */
const MOST_PAGES = 50;

/** Every item of a small, cursor-paged catalogue list (services, surveys, assessments). */
export async function fetchEveryPage<T>(
  page: (query: { limit: number; cursor?: string }) => Promise<Page<T>>,
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (let count = 0; count < MOST_PAGES; count += 1) {
    const next = await page({ limit: LARGEST_PAGE, ...(cursor ? { cursor } : {}) });
    items.push(...next.items);
    if (!next.nextCursor) {
      break;
    }
    cursor = next.nextCursor;
  }
  return items;
}

/** Every internal service, by name; the catalogue changes rarely, so it is cached a minute. */
const servicesQuery = {
  queryKey: ['catalog', 'services'],
  staleTime: 60_000,
  queryFn: async (): Promise<Schemas['ServiceView'][]> => {
    const services = await fetchEveryPage(async (query) =>
      unwrap(await api.GET('/v1/services', { params: { query } })),
    );
    return services.sort((a, b) => a.name.localeCompare(b.name));
  },
};

export function useServices() {
  return useQuery(servicesQuery);
}

/** The same list as names by id, for the links that name a service. */
export function useServiceNames(enabled = true) {
  return useQuery({
    ...servicesQuery,
    enabled,
    select: (services) => new Map(services.map((service) => [service.id, service.name])),
  });
}

/** Every survey, the latest period (`periodEnd`) first. */
export function useSurveys() {
  return useQuery({
    queryKey: ['catalog', 'surveys'],
    staleTime: 60_000,
    queryFn: async (): Promise<Schemas['SurveyView'][]> => {
      const surveys = await fetchEveryPage(async (query) =>
        unwrap(await api.GET('/v1/surveys', { params: { query } })),
      );
      return surveys.sort(
        (a, b) =>
          b.periodEnd.localeCompare(a.periodEnd) || b.periodStart.localeCompare(a.periodStart),
      );
    },
  });
}

/** A lookup by id, built once per list rather than searched per row. */
export function byId<T extends { id: string }>(items: readonly T[] | undefined): Map<string, T> {
  return new Map((items ?? []).map((item) => [item.id, item]));
}
