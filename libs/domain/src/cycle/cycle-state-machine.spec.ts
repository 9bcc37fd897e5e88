import { Role, SYSTEM_ACTOR } from './actor';
import type { CauseCategory } from './cycle-content';
import { InitiativeStatus } from './cycle-content';
import { CycleFailureType } from './cycle-failure';
import { MAX_APPROVAL_NOTICES } from './cycle-deadlines';
import {
  at,
  begin,
  both,
  causes,
  gap,
  inMonitoring,
  iris,
  manu,
  plans,
  refusal,
  T0,
} from './cycle-machine.fixtures';
import { CycleStage, CycleStatus } from './cycle-stage';
import { CycleAction, GateDecision, ReEvaluationDecision } from './cycle-state';
import { CycleStateMachine } from './cycle-state-machine';

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
