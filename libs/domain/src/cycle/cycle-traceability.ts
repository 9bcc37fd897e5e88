import type { CycleState } from './cycle-state';
import { uncoveredCauses } from './cause-coverage';

/** One link of the chain an auditor follows: gap -> cause -> initiative -> KPI -> outcome. */
export interface TraceLink {
  from: string;
  to: string;
}

export interface CycleTraceability {
  /** Nodes are named `gap`, `cause:<id>`, `initiative:<id>`, `kpi:<id>` and `outcome`. */
  links: TraceLink[];
  /** Causes no initiative in the roadmap addresses (accepted at submission, or from before). */
  uncoveredCauseIds: string[];
}

/**
 * How the cycle's parts answer each other: the gap to every root cause, each cause to the
 * initiatives that address it, each initiative (or, without its own, the gap's) to its KPI, and
 * the KPI to the outcome once the cycle ended. Causes recorded before they had ids are left out.
 */
export function traceabilityOf(state: Readonly<CycleState>): CycleTraceability {
  const links: TraceLink[] = [];
  for (const cause of state.rootCauses) {
    if (cause.id) {
      links.push({ from: 'gap', to: `cause:${cause.id}` });
    }
  }
  const kpis = new Set<string>();
  for (const initiative of state.initiatives) {
    for (const causeId of initiative.addressesCauseIds ?? []) {
      links.push({ from: `cause:${causeId}`, to: `initiative:${initiative.id}` });
    }
    const kpiId = initiative.kpiId ?? state.gap?.kpiId ?? null;
    if (kpiId) {
      links.push({ from: `initiative:${initiative.id}`, to: `kpi:${kpiId}` });
      kpis.add(kpiId);
    }
  }
  if (state.outcome) {
    for (const kpiId of kpis) {
      links.push({ from: `kpi:${kpiId}`, to: 'outcome' });
    }
  }
  const uncovered = uncoveredCauses(state.rootCauses, state.initiatives);
  return { links, uncoveredCauseIds: uncovered.map((cause) => cause.id as string) };
}
