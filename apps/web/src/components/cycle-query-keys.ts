/**
 * Query keys the Inbox and the cycle page share: a decision made on a cycle's page refreshes the
 * inbox, and the other way round.
 */
export const cycleQueryKeys = {
  inbox: ['inbox'] as const,
  cycle: (id: string) => ['cycle', id] as const,
  history: (id: string) => ['history', id] as const,
  verification: (id: string) => ['history', id, 'verify'] as const,
  service: (id: string) => ['service', id] as const,
  serviceKpis: (id: string) => ['service', id, 'kpis'] as const,
  kpi: (id: string) => ['kpi', id] as const,
};
