import type { PriorityReason } from '../prioritization/prioritization';

/** The service's place in the default ranking when its cycle started: why this service. */
export interface CycleSelection {
  rule: 'default';
  surveyId: string | null;
  period: string | null;
  rank: number;
  rankedServices: number;
  meanScore: number | null;
  endCustomers: number | null;
  reworkRate: number | null;
  reasons: PriorityReason[];
  computedAt: string;
}
