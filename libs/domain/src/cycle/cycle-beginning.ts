import { CycleStage, CycleStatus } from './cycle-stage';
import type { CycleState } from './cycle-state';
import type { StartCycleInput } from './improvement-cycle.contract';
import { currentSelection } from './stored-cycle-state';

/** A new cycle's state: in gap identification, with nothing recorded yet but what a restart carried over. */
export function initialCycleState(input: StartCycleInput): CycleState {
  return {
    cycleId: input.cycleId,
    serviceId: input.serviceId,
    policy: input.policy,
    previousCycleId: input.previousCycleId ?? null,
    selection: input.selection ? currentSelection(input.selection) : null,
    startedAt: input.requestedAt,
    startedBy: input.startedBy,
    stage: CycleStage.GapIdentification,
    status: CycleStatus.InProgress,
    gap: null,
    rootCauses: input.carriedOver?.rootCauses ?? [],
    initiatives: input.carriedOver?.initiatives ?? [],
    pendingApproval: null,
    lastRejection: null,
    decisions: [],
    escalations: [],
    checkIns: [],
    stageAuthors: [],
    monitoring: null,
    reEvaluations: [],
    outcome: null,
    eventCount: 0,
    updatedAt: input.requestedAt,
  };
}

/** A cycle that ends leaves no roadmap change waiting (states from before changes have none). */
export function closeWaitingChange(s: CycleState): void {
  if (s.pendingRoadmapChange) {
    s.pendingRoadmapChange = null;
  }
}
