import { Role, SYSTEM_ACTOR } from './actor';
import { InitiativeStatus } from './cycle-content';
import { CycleFailureType } from './cycle-failure';
import { at, begin, inMonitoring, iris, kpi, manu, refusal, T0 } from './cycle-machine.fixtures';
import { CycleStage, CycleStatus } from './cycle-stage';
import { CycleAction, GateDecision, ReEvaluationDecision } from './cycle-state';

describe('CycleStateMachine in monitoring and re-evaluation', () => {
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
      // i-1 was due on the day before T0: its overdue is recorded first, once, then the check-in.
      expect(m.nextDeadline()).toBe(Date.parse(T0));
      expect(m.dueTimer(Date.parse(at(5)))).toBe('initiative_due');
      expect(m.roadmap.recordInitiativeOverdue(at(5))).toMatchObject({
        action: CycleAction.InitiativeOverdue,
        actor: SYSTEM_ACTOR,
        data: { initiativeId: 'i-1', dueDate: '2025-12-31' },
      });
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
});
