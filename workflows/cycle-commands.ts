import type { UpdateDefinition } from '@temporalio/common';
import { patched, uuid4 } from '@temporalio/workflow';
import type {
  Actor,
  Command,
  CycleEvent,
  CycleState,
  CycleStateMachine,
  DecidingFor,
} from '@app/domain';
import {
  carriedOverWork,
  CycleFailureType,
  CycleRuleViolation,
  cancelCycleUpdate,
  decideRoadmapChangeUpdate,
  decideUpdate,
  proposeRoadmapChangeUpdate,
  reEvaluateNowUpdate,
  recordGapUpdate,
  recordInitiativesUpdate,
  recordRootCausesUpdate,
  reportProgressUpdate,
  requireDecidingPerson,
  submitStageUpdate,
} from '@app/domain';
import { commandActivities } from './cycle-recording';
import { startNextCycle } from './cycle-restart';
import { readApprovalPolicy, readTrackedKpi } from './cycle-timers';

/** Root causes get ids when recorded. */
const CAUSE_IDS_PATCH = 'cause-ids';

/** A restart's next cycle opens with the causes and open initiatives as drafts. */
const CARRY_OVER_PATCH = 'restart-carries-work';

/**
 * Registers one command: its validator's check, and what applying it records. `check` runs only
 * in the update's validator, which never runs on replay: a rule added there needs no patch.
 */
export type OnCommand = <T>(
  update: UpdateDefinition<CycleState, [Command<T>]>,
  check: (command: Command<T>) => void,
  apply: (command: Command<T>) => Promise<void>,
) => void;

export interface CommandContext {
  onCommand: OnCommand;
  /** The cycle's state machine as it is now (a failed recording replaces it). */
  machine: () => CycleStateMachine;
  record: (event: CycleEvent) => Promise<void>;
  /** Workflow time, ISO 8601. */
  now: () => string;
}

/** Every user command on a cycle: what its validator checks and what applying it does. */
export function registerCycleCommands({ onCommand, machine, record, now }: CommandContext): void {
  /** The service's approval policy for a wait (gate, re-evaluation, change) that opens now. */
  const policyForNewWait = () =>
    readApprovalPolicy(machine(), commandActivities.readApprovalPolicy);

  onCommand(
    recordGapUpdate,
    ({ actor, body }) => machine().checks.recordGap(body, actor),
    ({ actor, body }) => record(machine().recordGap(body, actor, now())),
  );
  onCommand(
    recordRootCausesUpdate,
    ({ actor, body }) => machine().checks.recordRootCauses(body, actor),
    ({ actor, body }) => {
      // Causes get ids initiatives can name; cycles from before replay without them.
      const ids = patched(CAUSE_IDS_PATCH) ? body.map(() => uuid4()) : [];
      return record(machine().recordRootCauses(body, actor, now(), ids));
    },
  );
  onCommand(
    recordInitiativesUpdate,
    ({ actor, body }) => machine().checks.recordInitiatives(body, actor),
    ({ actor, body }) =>
      record(
        machine().recordInitiatives(
          body,
          body.map(() => uuid4()),
          actor,
          now(),
        ),
      ),
  );
  onCommand(
    submitStageUpdate,
    ({ actor, body }) => machine().checks.submit(actor, body.note ?? null, body),
    async ({ actor, body }) => {
      const approvalPolicy = await policyForNewWait();
      await record(machine().submit(body.note, actor, now(), approvalPolicy, body));
    },
  );
  onCommand(
    decideUpdate,
    ({ actor, body, delegations }) => {
      const { decision, reason, review } = body;
      requireDecidingPerson(actor, 'decide a gate or a re-evaluation');
      machine().checks.decide(decision, reason, actor, delegations, Date.now(), review);
    },
    async ({ actor, body, delegations }) => {
      const { decision, reason, review } = body;
      const at = now();
      const deciding = machine().checks.decide(
        decision,
        reason,
        actor,
        delegations,
        Date.parse(at),
        review,
      );
      await requireConfirmedDelegation(deciding, actor, at);
      await record(machine().decide(decision, reason, actor, at, uuid4(), delegations, review));
      const next = machine().state.outcome?.nextCycleId;
      if (next) {
        // Restarts from before carrying work over replay as they started their next cycle.
        const carried = patched(CARRY_OVER_PATCH)
          ? carriedOverWork(machine().state, uuid4)
          : undefined;
        await startNextCycle(machine().state, next, actor, now(), carried);
      }
    },
  );
  onCommand(
    reportProgressUpdate,
    ({ actor, body }) => machine().checks.reportProgress(body, actor),
    ({ actor, body }) => record(machine().reportProgress(body, actor, now())),
  );
  onCommand(
    reEvaluateNowUpdate,
    ({ actor, body }) => {
      requireDecidingPerson(actor, 're-evaluate a cycle');
      machine().checks.reEvaluateNow(body.reason, actor);
    },
    async ({ actor, body }) => {
      const kpi = await readTrackedKpi(machine(), commandActivities.readKpi);
      const approvalPolicy = await policyForNewWait();
      await record(machine().reEvaluateNow(body.reason, actor, now(), kpi, approvalPolicy));
    },
  );
  onCommand(
    proposeRoadmapChangeUpdate,
    ({ actor, body }) => machine().roadmap.checkProposal(body, actor),
    async ({ actor, body }) => {
      const approvalPolicy = await policyForNewWait();
      await record(machine().roadmap.propose(body, uuid4(), actor, now(), approvalPolicy));
    },
  );
  onCommand(
    decideRoadmapChangeUpdate,
    ({ actor, body, delegations = [] }) => {
      const { changeId, decision, reason } = body;
      requireDecidingPerson(actor, 'decide a roadmap change');
      machine().roadmap.checkDecision(changeId, decision, reason, actor, delegations, Date.now());
    },
    async ({ actor, body, delegations = [] }) => {
      const { changeId, decision, reason } = body;
      const at = now();
      const deciding = machine().roadmap.checkDecision(
        changeId,
        decision,
        reason,
        actor,
        delegations,
        Date.parse(at),
      );
      await requireConfirmedDelegation(deciding, actor, at);
      const adding = machine().state.pendingRoadmapChange?.add.length ?? 0;
      const addedIds = Array.from({ length: adding }, () => uuid4());
      await record(
        machine().roadmap.decide(changeId, decision, reason, actor, at, addedIds, delegations),
      );
    },
  );
  onCommand(
    cancelCycleUpdate,
    ({ actor, body }) => {
      requireDecidingPerson(actor, 'cancel a cycle');
      machine().checks.cancel(body.reason, actor);
    },
    ({ actor, body }) => record(machine().cancel(body.reason, actor, now())),
  );
}

/**
 * A decision that counts by a delegation is applied only once the database confirms it is in
 * force: grants travel in the command, and a made-up or revoked one must not count.
 */
async function requireConfirmedDelegation(
  deciding: DecidingFor,
  actor: Actor,
  at: string,
): Promise<void> {
  if (
    deciding.grantId &&
    !(await commandActivities.confirmDelegation(deciding.grantId, actor.id, at))
  ) {
    throw new CycleRuleViolation(
      CycleFailureType.NotPermitted,
      `delegation ${deciding.grantId} is not in force for ${actor.id}: revoked, ended or never granted`,
    );
  }
}
