import { Role, SYSTEM_ACTOR } from './actor';
import { CauseCategory, InitiativeStatus, KpiDirection } from './cycle-content';
import type { KpiReading } from './cycle-content';
import { CycleFailureType, CycleRuleViolation } from './cycle-failure';
import { CycleStage, CycleStatus } from './cycle-stage';
import { CycleAction, GateDecision, ReEvaluationDecision } from './cycle-state';
import { CycleStateMachine, MAX_APPROVAL_NOTICES } from './cycle-state-machine';

const iris = { id: 'iris', roles: [Role.Improver] };
const manu = { id: 'manu', roles: [Role.Manager] };
const both = { id: 'bo', roles: [Role.Improver, Role.Manager] };
const T0 = '2026-01-01T00:00:00.000Z';
const at = (seconds: number) => new Date(Date.parse(T0) + seconds * 1000).toISOString();

const gap = {
  statement: 'Too slow',
  kpiId: 'kpi-1',
  currentValue: 9,
  targetValue: 2,
  evidence: 'Survey',
};
const causes = [
  {
    category: CauseCategory.Process,
    description: 'Shared inbox',
    whys: ['No owner'],
    evidence: 'Report',
  },
];
const plans = [
  {
    title: 'Owner per shift',
    ownerId: 'olga',
    dueDate: '2026-01-01',
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
const kpi = (latestValue: number | null): KpiReading => ({
  kpiId: 'kpi-1',
  name: 'Days',
  unit: 'days',
  direction: KpiDirection.LowerIsBetter,
  baseline: 9,
  target: 2,
  latestValue,
  latestAt: latestValue === null ? null : T0,
});

function begin(
  policy = { approvalSla: 'PT10S', checkInEvery: 'PT30S', reEvaluateAfter: 'PT100S' },
) {
  return CycleStateMachine.begin({
    cycleId: 'c-1',
    serviceId: 's-1',
    policy,
    startedBy: iris,
    requestedAt: T0,
  });
}

function refusal(action: () => unknown): CycleFailureType | undefined {
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

/** Gap, causes and initiatives approved: the cycle is in execution monitoring at 3 s. */
function inMonitoring() {
  const m = begin();
  m.recordGap(gap, iris, at(0));
  m.submit(null, iris, at(0));
  m.decide(GateDecision.Approve, null, manu, at(1), 'n');
  m.recordRootCauses(causes, iris, at(1));
  m.submit(null, iris, at(1));
  m.decide(GateDecision.Approve, null, manu, at(2), 'n');
  m.recordInitiatives(plans, ['i-1', 'i-2'], iris, at(2));
  m.submit(null, iris, at(2));
  m.decide(GateDecision.Approve, null, manu, at(3), 'n');
  return m;
}

describe('CycleStateMachine', () => {
  it('starts in gap identification, in progress, with a numbered started event', () => {
    const m = begin();
    expect(m.state).toMatchObject({
      stage: CycleStage.GapIdentification,
      status: CycleStatus.InProgress,
    });
    expect(m.started()).toMatchObject({
      number: 1,
      action: CycleAction.Started,
      actor: iris,
      at: T0,
    });
  });

  describe('stage work', () => {
    it('records the gap only in gap identification, by an improver, while in progress', () => {
      const m = begin();
      expect(refusal(() => m.recordGap(gap, manu, T0))).toBe(CycleFailureType.NotPermitted);
      expect(refusal(() => m.recordGap({ ...gap, statement: ' ' }, iris, T0))).toBe(
        CycleFailureType.InvalidCommand,
      );
      expect(refusal(() => m.recordGap({ ...gap, currentValue: Number.NaN }, iris, T0))).toBe(
        CycleFailureType.InvalidCommand,
      );
      expect(refusal(() => m.recordRootCauses(causes, iris, T0))).toBe(CycleFailureType.WrongStage);
      expect(m.recordGap(gap, iris, T0)).toMatchObject({
        action: CycleAction.GapRecorded,
        data: { gap },
      });
      m.submit(null, iris, T0);
      expect(refusal(() => m.recordGap(gap, iris, T0))).toBe(CycleFailureType.WrongStage);
    });

    it('validates root causes and initiatives', () => {
      const m = inMonitoring();
      expect(m.state.initiatives.map((i) => [i.id, i.status, i.percentComplete])).toEqual([
        ['i-1', InitiativeStatus.NotStarted, 0],
        ['i-2', InitiativeStatus.NotStarted, 0],
      ]);
      const fresh = begin();
      fresh.recordGap(gap, iris, T0);
      fresh.submit(null, iris, T0);
      fresh.decide(GateDecision.Approve, null, manu, T0, 'n');
      expect(refusal(() => fresh.recordRootCauses([], iris, T0))).toBe(
        CycleFailureType.InvalidCommand,
      );
      expect(
        refusal(() =>
          fresh.recordRootCauses([{ ...causes[0]!, category: 'luck' as CauseCategory }], iris, T0),
        ),
      ).toBe(CycleFailureType.InvalidCommand);
      fresh.recordRootCauses(causes, iris, T0);
      fresh.submit(null, iris, T0);
      fresh.decide(GateDecision.Approve, null, manu, T0, 'n');
      expect(
        refusal(() =>
          fresh.recordInitiatives([{ ...plans[0]!, dueDate: 'someday' }], ['x'], iris, T0),
        ),
      ).toBe(CycleFailureType.InvalidCommand);
    });
  });

  describe('gates', () => {
    it('refuses to submit a stage with nothing recorded, or twice', () => {
      const m = begin();
      expect(refusal(() => m.submit(null, iris, T0))).toBe(CycleFailureType.WrongStage);
      m.recordGap(gap, iris, T0);
      m.submit('ready', iris, T0);
      expect(m.state).toMatchObject({
        status: CycleStatus.AwaitingApproval,
        pendingApproval: { submittedBy: iris, note: 'ready' },
      });
      expect(refusal(() => m.submit(null, iris, T0))).toBe(CycleFailureType.WrongStage);
    });

    it('approves into the next stage and rejects back to the same stage with the reason', () => {
      const m = begin();
      m.recordGap(gap, iris, T0);
      m.submit(null, iris, T0);
      expect(refusal(() => m.decide(GateDecision.Reject, '', manu, T0, 'n'))).toBe(
        CycleFailureType.InvalidCommand,
      );
      const rejected = m.decide(GateDecision.Reject, 'More evidence', manu, at(1), 'n');
      expect(rejected).toMatchObject({
        action: CycleAction.Rejected,
        stage: CycleStage.GapIdentification,
      });
      expect(m.state).toMatchObject({
        stage: CycleStage.GapIdentification,
        status: CycleStatus.InProgress,
        lastRejection: { reason: 'More evidence' },
      });
      m.submit(null, iris, at(2));
      const approved = m.decide(GateDecision.Approve, null, manu, at(3), 'n');
      expect(approved).toMatchObject({
        action: CycleAction.Approved,
        data: { nextStage: CycleStage.RootCauseAnalysis },
      });
      expect(m.state).toMatchObject({
        stage: CycleStage.RootCauseAnalysis,
        status: CycleStatus.InProgress,
        lastRejection: null,
      });
    });

    it('keeps decisions for managers, never on their own submission, and only when something waits', () => {
      const m = begin();
      m.recordGap(gap, both, T0);
      expect(refusal(() => m.decide(GateDecision.Approve, null, manu, T0, 'n'))).toBe(
        CycleFailureType.NothingToDecide,
      );
      m.submit(null, both, T0);
      expect(refusal(() => m.decide(GateDecision.Approve, null, iris, T0, 'n'))).toBe(
        CycleFailureType.NotPermitted,
      );
      expect(refusal(() => m.decide(GateDecision.Approve, null, both, T0, 'n'))).toBe(
        CycleFailureType.SelfApproval,
      );
      expect(refusal(() => m.decide(ReEvaluationDecision.Close, 'x', manu, T0, 'n'))).toBe(
        CycleFailureType.InvalidCommand,
      );
    });

    it('opens the first monitoring period on approving the initiatives', () => {
      const m = inMonitoring();
      expect(m.state.stage).toBe(CycleStage.ExecutionMonitoring);
      expect(m.state.monitoring).toEqual({
        number: 1,
        startedAt: at(3),
        reEvaluationDueAt: at(103),
        checkIns: 0,
      });
    });
  });

  describe('approval SLA', () => {
    it('reminds managers after one period, then escalates each further period, up to a limit', () => {
      const m = begin({ approvalSla: 'PT10S', checkInEvery: 'P30D', reEvaluateAfter: 'P6M' });
      m.recordGap(gap, iris, T0);
      expect(m.nextDeadline()).toBeUndefined();
      m.submit(null, iris, T0);
      expect(m.nextDeadline()).toBe(Date.parse(at(10)));
      expect(m.dueTimer(Date.parse(at(9)))).toBeUndefined();
      expect(m.dueTimer(Date.parse(at(10)))).toBe('approval_sla');
      expect(m.recordApprovalOverdue(at(10))).toMatchObject({
        action: CycleAction.ReminderSent,
        actor: SYSTEM_ACTOR,
        data: { level: 0, toRole: Role.Manager },
      });
      expect(m.nextDeadline()).toBe(Date.parse(at(20)));
      expect(m.recordApprovalOverdue(at(20))).toMatchObject({
        action: CycleAction.Escalated,
        data: { level: 1, toRole: Role.Admin },
      });
      for (let level = 2; level < MAX_APPROVAL_NOTICES; level += 1) {
        m.recordApprovalOverdue(at(level * 10 + 10));
      }
      expect(m.nextDeadline()).toBeUndefined();
    });

    it('cancels the pending timer with the decision', () => {
      const m = begin();
      m.recordGap(gap, iris, T0);
      m.submit(null, iris, T0);
      m.decide(GateDecision.Approve, null, manu, at(5), 'n');
      expect(m.nextDeadline()).toBeUndefined();
      expect(m.dueTimer(Date.parse(at(1000)))).toBeUndefined();
    });
  });

  describe('execution monitoring', () => {
    it('records progress on known initiatives only, in monitoring only', () => {
      const m = inMonitoring();
      expect(
        refusal(() =>
          m.reportProgress(
            {
              initiativeId: 'nope',
              percentComplete: 10,
              status: InitiativeStatus.OnTrack,
              note: null,
            },
            iris,
            at(4),
          ),
        ),
      ).toBe(CycleFailureType.UnknownInitiative);
      expect(
        refusal(() =>
          m.reportProgress(
            {
              initiativeId: 'i-1',
              percentComplete: 101,
              status: InitiativeStatus.OnTrack,
              note: null,
            },
            iris,
            at(4),
          ),
        ),
      ).toBe(CycleFailureType.InvalidCommand);
      m.reportProgress(
        {
          initiativeId: 'i-2',
          percentComplete: 30,
          status: InitiativeStatus.OffTrack,
          note: 'Vendor',
        },
        iris,
        at(4),
      );
      expect(m.state.initiatives[1]).toMatchObject({
        percentComplete: 30,
        status: InitiativeStatus.OffTrack,
        lastNote: 'Vendor',
        lastProgressAt: at(4),
      });
      expect(
        refusal(() =>
          begin().reportProgress(
            {
              initiativeId: 'i-1',
              percentComplete: 1,
              status: InitiativeStatus.OnTrack,
              note: null,
            },
            iris,
            T0,
          ),
        ),
      ).toBe(CycleFailureType.WrongStage);
    });

    it('checks in every period with the KPI and what is late or off track', () => {
      const m = inMonitoring();
      m.reportProgress(
        { initiativeId: 'i-2', percentComplete: 30, status: InitiativeStatus.OffTrack, note: null },
        iris,
        at(4),
      );
      expect(m.nextDeadline()).toBe(Date.parse(at(33)));
      expect(m.dueTimer(Date.parse(at(33)))).toBe('check_in');
      const checkIn = m.recordCheckIn(at(33), kpi(5));
      expect(checkIn).toMatchObject({
        action: CycleAction.CheckInRecorded,
        actor: SYSTEM_ACTOR,
        data: { lateInitiativeIds: ['i-1'], offTrackInitiativeIds: ['i-2'] },
      });
      expect(m.nextDeadline()).toBe(Date.parse(at(63)));
    });

    it('enters re-evaluation when the period ends, with the KPI before and after and each initiative', () => {
      const m = inMonitoring();
      m.recordCheckIn(at(33), kpi(5));
      m.recordCheckIn(at(63), kpi(5));
      m.recordCheckIn(at(93), kpi(5));
      expect(m.dueTimer(Date.parse(at(103)))).toBe('re_evaluation');
      m.startScheduledReEvaluation(at(103), kpi(2));
      expect(m.state).toMatchObject({
        stage: CycleStage.ReEvaluation,
        status: CycleStatus.AwaitingApproval,
        pendingApproval: { stage: CycleStage.ReEvaluation },
      });
      expect(m.state.reEvaluations[0]).toMatchObject({
        trigger: 'schedule',
        kpi: { before: 9, after: 2, improved: true, targetMet: true },
        initiatives: [
          expect.objectContaining({ id: 'i-1', late: true }),
          expect.objectContaining({ id: 'i-2', late: false }),
        ],
      });
    });

    it('re-evaluates now on a manager’s request with a reason, from monitoring only', () => {
      const m = inMonitoring();
      expect(refusal(() => m.reEvaluateNow('', manu, at(5), null))).toBe(
        CycleFailureType.InvalidCommand,
      );
      expect(refusal(() => m.reEvaluateNow('why', iris, at(5), null))).toBe(
        CycleFailureType.NotPermitted,
      );
      const event = m.reEvaluateNow('Board review', manu, at(5), kpi(null));
      expect(event).toMatchObject({
        action: CycleAction.ReEvaluationStarted,
        actor: manu,
        stage: CycleStage.ExecutionMonitoring,
      });
      expect(m.state.reEvaluations[0]).toMatchObject({
        trigger: 'manager',
        kpi: { after: null, improved: null },
      });
      expect(refusal(() => m.reEvaluateNow('again', manu, at(6), null))).toBe(
        CycleFailureType.WrongStage,
      );
    });
  });

  describe('re-evaluation decisions', () => {
    const reEvaluating = () => {
      const m = inMonitoring();
      // Another manager asks for it: the one who asks never decides it (four eyes).
      m.reEvaluateNow('Review', { id: 'mara', roles: [Role.Manager] }, at(5), kpi(4));
      return m;
    };

    it('continue opens another monitoring period', () => {
      const m = reEvaluating();
      expect(refusal(() => m.decide(GateDecision.Approve, null, manu, at(6), 'n'))).toBe(
        CycleFailureType.InvalidCommand,
      );
      m.decide(ReEvaluationDecision.Continue, 'More time', manu, at(6), 'n');
      expect(m.state).toMatchObject({
        stage: CycleStage.ExecutionMonitoring,
        status: CycleStatus.InProgress,
        monitoring: { number: 2, startedAt: at(6) },
      });
    });

    it('close ends the cycle', () => {
      const m = reEvaluating();
      m.decide(ReEvaluationDecision.Close, 'Done', manu, at(6), 'n');
      expect(m.isFinished()).toBe(true);
      expect(m.state).toMatchObject({
        stage: CycleStage.Closed,
        status: CycleStatus.Closed,
        outcome: { decision: 'close', nextCycleId: null },
      });
      expect(m.nextDeadline()).toBeUndefined();
    });

    it('restart closes the cycle and names the next one', () => {
      const m = reEvaluating();
      const event = m.decide(ReEvaluationDecision.Restart, 'New priorities', manu, at(6), 'next-1');
      expect(event).toMatchObject({
        action: CycleAction.Restarted,
        data: { nextCycleId: 'next-1' },
      });
      expect(m.state.outcome).toMatchObject({ decision: 'restart', nextCycleId: 'next-1' });
    });
  });

  describe('cancel', () => {
    it('ends a cycle from any stage with a manager’s reason, once', () => {
      const m = inMonitoring();
      expect(refusal(() => m.cancel('', manu, at(5)))).toBe(CycleFailureType.InvalidCommand);
      expect(refusal(() => m.cancel('x', iris, at(5)))).toBe(CycleFailureType.NotPermitted);
      expect(m.cancel('Retired', manu, at(5))).toMatchObject({
        action: CycleAction.Cancelled,
        stage: CycleStage.ExecutionMonitoring,
      });
      expect(m.state).toMatchObject({
        stage: CycleStage.Cancelled,
        status: CycleStatus.Cancelled,
        pendingApproval: null,
      });
      expect(refusal(() => m.cancel('again', manu, at(6)))).toBe(CycleFailureType.WrongStage);
      expect(m.nextDeadline()).toBeUndefined();
    });
  });

  it('numbers events without gaps and survives a restore from its own state', () => {
    const m = inMonitoring();
    const restored = CycleStateMachine.restore(structuredClone(m.state));
    const next = restored.reportProgress(
      { initiativeId: 'i-1', percentComplete: 100, status: InitiativeStatus.Done, note: null },
      iris,
      at(9),
    );
    expect(next.number).toBe(m.state.eventCount + 1);
    expect(restored.state.updatedAt).toBe(at(9));
  });
});
