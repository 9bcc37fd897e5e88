import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { DelegationGrant } from '../approval/approval-policy';
import type { Actor } from './actor';
import type { GapStatement, InitiativePlan, ProgressReport, RootCause } from './cycle-content';
import type { CyclePolicy } from './cycle-policy';
import type { CycleSelection } from './cycle-selection';
import type { CycleState, Decision, GateDecision } from './cycle-state';
import type { RoadmapChangeProposal } from './roadmap-change';
import type { StoredCycleState } from './stored-cycle-state';
import type { UncoveredCausesAcceptance } from './cause-coverage';
import type { CarriedOverWork } from './cycle-carry-over';
import type { ReEvaluationReview } from './re-evaluation-review';

/** The Temporal workflow type that runs one improvement cycle. */
export const IMPROVEMENT_CYCLE_WORKFLOW = 'improvementCycle';

export const CYCLE_WORKFLOW_ID_PREFIX = 'cycle-';

export function cycleWorkflowId(cycleId: string): string {
  return `${CYCLE_WORKFLOW_ID_PREFIX}${cycleId}`;
}

/** Search attributes operators filter cycles by in the Temporal UI and CLI. */
export const CYCLE_SEARCH_ATTRIBUTES = { stage: 'CycleStage', serviceId: 'ServiceId' } as const;

export interface StartCycleInput {
  cycleId: string;
  serviceId: string;
  policy: CyclePolicy;
  startedBy: Actor;
  /** ISO instant the API accepted the request; the workflow's own clock is not the caller's. */
  requestedAt: string;
  previousCycleId?: string;
  /** The service's ranking and its inputs when the cycle started: why this service. */
  selection?: CycleSelection;
  /** After a restart: the previous cycle's causes and open initiatives, as drafts. */
  carriedOver?: CarriedOverWork;
}

/** A run that continued as new carries the whole state of the one before. */
export interface ContinuedCycleInput {
  /** Today's `CycleState`, or an earlier version's from a run that continued before an upgrade. */
  continued: StoredCycleState;
}

export type ImprovementCycleInput = StartCycleInput | ContinuedCycleInput;

/** Every command names who issues it: the workflow enforces roles and separation of duties. */
export interface Command<T> {
  actor: Actor;
  body: T;
  /** The HTTP request it came from, for the audit trail. */
  requestId?: string;
  /**
   * Delegations granted to the actor that are in force, looked up by the API: a decision may
   * count for the approver who granted one. The workflow checks each window with its own clock.
   */
  delegations?: DelegationGrant[];
}

export interface DecisionBody {
  decision: Decision;
  reason: string | null;
  /** With a re-evaluation decision: its answers to the re-evaluation's questions. */
  review?: ReEvaluationReview;
}

/** A submission; in initiative planning it may accept root causes left unaddressed. */
export interface SubmitBody extends UncoveredCausesAcceptance {
  note: string | null;
}

/**
 * Completes once the cycle is recorded in the projection, so a caller that starts a cycle can
 * read it back at once. Fails with ActiveCycleExists when another cycle of the service is active.
 */
export const waitUntilRecordedUpdate = defineUpdate<CycleState>('waitUntilRecorded');
export const recordGapUpdate = defineUpdate<CycleState, [Command<GapStatement>]>('recordGap');
export const recordRootCausesUpdate = defineUpdate<CycleState, [Command<RootCause[]>]>(
  'recordRootCauses',
);
export const recordInitiativesUpdate = defineUpdate<CycleState, [Command<InitiativePlan[]>]>(
  'recordInitiatives',
);
export const submitStageUpdate = defineUpdate<CycleState, [Command<SubmitBody>]>('submitStage');
export const decideUpdate = defineUpdate<CycleState, [Command<DecisionBody>]>('decide');
export const reportProgressUpdate = defineUpdate<CycleState, [Command<ProgressReport>]>(
  'reportProgress',
);
export const reEvaluateNowUpdate = defineUpdate<CycleState, [Command<{ reason: string }>]>(
  'reEvaluateNow',
);
export const cancelCycleUpdate = defineUpdate<CycleState, [Command<{ reason: string }>]>(
  'cancelCycle',
);

/** An improver proposes a change to the approved roadmap; it waits for a decision. */
export const proposeRoadmapChangeUpdate = defineUpdate<
  CycleState,
  [Command<RoadmapChangeProposal>]
>('proposeRoadmapChange');

export interface RoadmapChangeDecisionBody {
  changeId: string;
  decision: GateDecision;
  reason: string | null;
}

export const decideRoadmapChangeUpdate = defineUpdate<
  CycleState,
  [Command<RoadmapChangeDecisionBody>]
>('decideRoadmapChange');

export const getCycleQuery = defineQuery<CycleState>('getCycle');
