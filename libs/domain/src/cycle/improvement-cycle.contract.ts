import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { Actor } from './actor';
import type { CyclePolicy } from './cycle-policy';
import type { CycleStage, CycleStatus } from './cycle-stage';

/** The Temporal workflow type that runs one improvement cycle. */
export const IMPROVEMENT_CYCLE_WORKFLOW = 'improvementCycle';

export const CYCLE_WORKFLOW_ID_PREFIX = 'cycle-';

export function cycleWorkflowId(cycleId: string): string {
  return `${CYCLE_WORKFLOW_ID_PREFIX}${cycleId}`;
}

export interface StartCycleInput {
  cycleId: string;
  serviceId: string;
  policy: CyclePolicy;
  startedBy: Actor;
  /** ISO instant the API accepted the request; the workflow's own clock is not the caller's. */
  requestedAt: string;
  previousCycleId?: string;
}

/** What the workflow knows about its cycle; the PostgreSQL projection mirrors it. */
export interface CycleSnapshot {
  cycleId: string;
  serviceId: string;
  stage: CycleStage;
  status: CycleStatus;
  policy: CyclePolicy;
  previousCycleId: string | null;
  startedAt: string;
}

/** Business failure types a workflow raises; the API maps each to an HTTP status. */
export enum CycleFailureType {
  ActiveCycleExists = 'ActiveCycleExists',
}

/**
 * Completes once the cycle is recorded in the projection, so a caller that starts a cycle can
 * read it back at once. Fails with {@link CycleFailureType.ActiveCycleExists} when another cycle
 * of the service is active.
 */
export const waitUntilRecordedUpdate = defineUpdate<CycleSnapshot>('waitUntilRecorded');

export const getCycleQuery = defineQuery<CycleSnapshot>('getCycle');
