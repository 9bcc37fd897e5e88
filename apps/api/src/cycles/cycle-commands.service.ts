import { Injectable } from '@nestjs/common';
import type { UpdateDefinition } from '@temporalio/client';
import type {
  Command,
  CycleState,
  Decision,
  DelegationGrant,
  GapStatement,
  InitiativePlan,
  ProgressReport,
  ReEvaluationReview,
  RootCause,
} from '@app/domain';
import {
  cancelCycleUpdate,
  currentCycleState,
  decideUpdate,
  DomainError,
  reEvaluateNowUpdate,
  recordGapUpdate,
  recordInitiativesUpdate,
  recordRootCausesUpdate,
  reportProgressUpdate,
  submitStageUpdate,
} from '@app/domain';
import type { ChangeContext } from '@app/persistence';
import { CycleRepository, DelegationRepository } from '@app/persistence';
import { Clock } from '../platform/clock';
import { GapSourceCheck } from './gap-source-check';
import { CycleWorkflowGateway } from './cycle-workflow.gateway';

/** The gap as a caller states it; no KPI may be given as absent or null. */
export type GapInput = Omit<GapStatement, 'kpiId'> & { kpiId?: string | null };

/** An initiative as a caller plans it; no KPI may be given as absent or null. */
export type InitiativeInput = Omit<InitiativePlan, 'kpiId'> & { kpiId?: string | null };

/** The plan the workflow gets: only its known fields, the KPI null when not given. */
export function initiativePlan(input: InitiativeInput): InitiativePlan {
  const { title, ownerId, dueDate, kpiId, expectedEffect, addressesCauseIds } = input;
  const causes = addressesCauseIds ? { addressesCauseIds } : {};
  return { title, ownerId, dueDate, kpiId: kpiId ?? null, expectedEffect, ...causes };
}

export interface SubmitInput {
  note?: string | null;
  uncoveredCauses?: 'accepted';
  reason?: string | null;
}

export interface DecisionInput {
  decision: Decision;
  /** Required for every decision but approve; the workflow checks it. */
  reason?: string | null;
  review?: ReEvaluationReview;
}

export type ProgressInput = Omit<ProgressReport, 'initiativeId' | 'note'> & {
  note?: string | null;
};

export interface ReasonInput {
  reason: string;
}

/**
 * Users' commands on a cycle, each sent to the cycle's workflow as a Temporal Update; the workflow
 * decides whether it is allowed. Each answers the cycle's state once the command is recorded;
 * `idempotencyKey` makes a retried command get the first answer.
 */
@Injectable()
export class CycleCommandsService {
  constructor(
    private readonly cycles: CycleRepository,
    private readonly workflows: CycleWorkflowGateway,
    private readonly delegations: DelegationRepository,
    private readonly clock: Clock,
    private readonly gapSources: GapSourceCheck,
  ) {}

  /** Records the gap; a `source` must name a record that exists (400 otherwise). */
  async recordGap(
    cycleId: string,
    gap: GapInput,
    change: ChangeContext,
    idempotencyKey?: string,
  ): Promise<CycleState> {
    const { statement, currentValue, targetValue, evidence, source } = gap;
    if (source) {
      await this.gapSources.requireExists(source);
    }
    const body = {
      statement,
      kpiId: gap.kpiId ?? null,
      currentValue,
      targetValue,
      evidence,
      ...(source ? { source: { kind: source.kind, id: source.id } } : {}),
    };
    return this.send(cycleId, recordGapUpdate, body, change, idempotencyKey);
  }

  recordRootCauses(
    cycleId: string,
    causes: RootCause[],
    change: ChangeContext,
    idempotencyKey?: string,
  ): Promise<CycleState> {
    const body = causes.map(({ category, description, whys, evidence }) => ({
      category,
      description,
      whys,
      evidence,
    }));
    return this.send(cycleId, recordRootCausesUpdate, body, change, idempotencyKey);
  }

  recordInitiatives(
    cycleId: string,
    initiatives: InitiativeInput[],
    change: ChangeContext,
    idempotencyKey?: string,
  ): Promise<CycleState> {
    const body = initiatives.map(initiativePlan);
    return this.send(cycleId, recordInitiativesUpdate, body, change, idempotencyKey);
  }

  /** Submits the current stage's work for a manager's approval. */
  submit(
    cycleId: string,
    input: SubmitInput,
    change: ChangeContext,
    idempotencyKey?: string,
  ): Promise<CycleState> {
    const accepted = input.uncoveredCauses
      ? { uncoveredCauses: input.uncoveredCauses, reason: input.reason ?? null }
      : {};
    const body = { note: input.note ?? null, ...accepted };
    return this.send(cycleId, submitStageUpdate, body, change, idempotencyKey);
  }

  /**
   * A manager's decision at a stage gate or at re-evaluation. The delegations the caller holds
   * go with it: the workflow decides whom, if anyone, the decision counts for.
   */
  decide(
    cycleId: string,
    input: DecisionInput,
    change: ChangeContext,
    idempotencyKey?: string,
  ): Promise<CycleState> {
    const review = input.review ? { review: input.review } : {};
    const body = { decision: input.decision, reason: input.reason ?? null, ...review };
    return this.sendAsDecider(cycleId, decideUpdate, body, change, idempotencyKey);
  }

  /** Sends a decision with the delegations its decider holds now (see `decide`). */
  async sendAsDecider<T>(
    cycleId: string,
    update: UpdateDefinition<CycleState, [Command<T>]>,
    body: T,
    change: ChangeContext,
    idempotencyKey?: string,
  ): Promise<CycleState> {
    const delegations = await this.delegations.inForceFor(change.actor.id, this.clock.now());
    return this.send(cycleId, update, body, change, idempotencyKey, delegations);
  }

  reportProgress(
    cycleId: string,
    initiativeId: string,
    input: ProgressInput,
    change: ChangeContext,
    idempotencyKey?: string,
  ): Promise<CycleState> {
    const { percentComplete, status } = input;
    const body = { initiativeId, percentComplete, status, note: input.note ?? null };
    return this.send(cycleId, reportProgressUpdate, body, change, idempotencyKey);
  }

  /** Starts the re-evaluation before its scheduled time. */
  reEvaluateNow(
    cycleId: string,
    input: ReasonInput,
    change: ChangeContext,
    idempotencyKey?: string,
  ): Promise<CycleState> {
    return this.send(
      cycleId,
      reEvaluateNowUpdate,
      { reason: input.reason },
      change,
      idempotencyKey,
    );
  }

  cancel(
    cycleId: string,
    input: ReasonInput,
    change: ChangeContext,
    idempotencyKey?: string,
  ): Promise<CycleState> {
    return this.send(cycleId, cancelCycleUpdate, { reason: input.reason }, change, idempotencyKey);
  }

  /** Sends one command as `change.actor`; 404 for a cycle that does not exist. */
  async send<T>(
    cycleId: string,
    update: UpdateDefinition<CycleState, [Command<T>]>,
    body: T,
    change: ChangeContext,
    idempotencyKey?: string,
    delegations: DelegationGrant[] = [],
  ): Promise<CycleState> {
    // A cycle accepted while no worker ran is in Temporal before it is in the projection.
    if (!(await this.cycles.findById(cycleId)) && !(await this.workflows.isRunning(cycleId))) {
      throw DomainError.notFound('cycle', cycleId);
    }
    const { actor, requestId } = change;
    const command: Command<T> = {
      actor,
      body,
      ...(requestId ? { requestId } : {}),
      ...(delegations.length > 0 ? { delegations } : {}),
    };
    // A worker not yet upgraded may answer with an earlier version's state.
    return currentCycleState(
      await this.workflows.execute(cycleId, update, command, idempotencyKey),
    );
  }
}
