/** People, clock and content for the state machine's unit tests. Not part of the build. */
import { Role } from './actor';
import type { GapStatement, InitiativePlan, KpiReading, RootCause } from './cycle-content';
import { CauseCategory, KpiDirection } from './cycle-content';
import type { CycleFailureType } from './cycle-failure';
import { CycleRuleViolation } from './cycle-failure';
import type { CyclePolicy } from './cycle-policy';
import { GateDecision } from './cycle-state';
import { CycleStateMachine } from './cycle-state-machine';

export const iris = { id: 'iris', roles: [Role.Improver] };
export const ivan = { id: 'ivan', roles: [Role.Improver] };
export const manu = { id: 'manu', roles: [Role.Manager] };
export const mara = { id: 'mara', roles: [Role.Manager] };
export const both = { id: 'bo', roles: [Role.Improver, Role.Manager] };

export const T0 = '2026-01-01T00:00:00.000Z';
export const at = (seconds: number) => new Date(Date.parse(T0) + seconds * 1000).toISOString();

export const gap = {
  statement: 'Too slow',
  kpiId: 'kpi-1',
  currentValue: 9,
  targetValue: 2,
  evidence: 'Survey',
};
export const causes = [
  {
    category: CauseCategory.Process,
    description: 'Shared inbox',
    whys: ['No owner'],
    evidence: 'Report',
  },
];
/** The first is late from the start, the second due far ahead. */
export const plans = [
  {
    title: 'Owner per shift',
    ownerId: 'olga',
    dueDate: '2025-12-31', // a bare date: due until that day's end
    kpiId: null,
    expectedEffect: '4 days',
  },
  {
    title: 'Automate',
    ownerId: 'omar',
    dueDate: '2099-01-01',
    kpiId: null,
    expectedEffect: '2 days',
  },
];
export const kpi = (latestValue: number | null): KpiReading => ({
  kpiId: 'kpi-1',
  name: 'Days',
  unit: 'days',
  direction: KpiDirection.LowerIsBetter,
  baseline: 9,
  target: 2,
  latestValue,
  latestAt: latestValue === null ? null : T0,
});

export function beginCycle(policy: CyclePolicy): CycleStateMachine {
  return CycleStateMachine.begin({
    cycleId: 'c-1',
    serviceId: 's-1',
    policy,
    startedBy: iris,
    requestedAt: T0,
  });
}

/** The failure type a refused command names, or undefined if it was accepted. */
export function refusal(action: () => unknown): CycleFailureType | undefined {
  try {
    action();
  } catch (error) {
    if (error instanceof CycleRuleViolation) {
      return error.type;
    }
    throw error;
  }
  return undefined;
}

/** Iris records each stage, Manu approves it: the cycle is in execution monitoring at 3 s. */
export function approveEveryStage(
  m: CycleStateMachine,
  work: { gap: GapStatement; causes: RootCause[]; plans: InitiativePlan[]; ids: string[] },
): CycleStateMachine {
  m.recordGap(work.gap, iris, at(0));
  m.submit(null, iris, at(0));
  m.decide(GateDecision.Approve, null, manu, at(1), 'n');
  m.recordRootCauses(work.causes, iris, at(1));
  m.submit(null, iris, at(1));
  m.decide(GateDecision.Approve, null, manu, at(2), 'n');
  m.recordInitiatives(work.plans, work.ids, iris, at(2));
  m.submit(null, iris, at(2));
  m.decide(GateDecision.Approve, null, manu, at(3), 'n');
  return m;
}

/** The state machine specs' cycle: SLA 10 s, check-ins every 30 s, re-evaluation at 100 s. */
export const begin = (
  policy = { approvalSla: 'PT10S', checkInEvery: 'PT30S', reEvaluateAfter: 'PT100S' },
) => beginCycle(policy);

/** Gap, causes and initiatives approved: the cycle is in execution monitoring at 3 s. */
export const inMonitoring = () =>
  approveEveryStage(begin(), { gap, causes, plans, ids: ['i-1', 'i-2'] });
