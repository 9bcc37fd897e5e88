/** How a service met its promised standard in a period. */
export interface StandardResult {
  period: string;
  requests: number;
  withinStandard: number;
}

/** Share of the period's requests served within the standard, 0..1; null with no requests. */
export function standardCompliance(result: Pick<StandardResult, 'requests' | 'withinStandard'>) {
  return result.requests === 0
    ? null
    : Math.round((result.withinStandard / result.requests) * 10_000) / 10_000;
}
