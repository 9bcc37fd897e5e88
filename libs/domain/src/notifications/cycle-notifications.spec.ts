import { Role } from '../cycle/actor';
import { at, begin, gap, inMonitoring, iris, kpi, manu } from '../cycle/cycle-machine.fixtures';
import { CycleAction, GateDecision } from '../cycle/cycle-state';
import { cycleNotifications, mayNotify } from './cycle-notifications';
import { NotificationType } from './notification-type';

const policy = { version: 1, approvers: ['ana', 'ben'], quorum: 1, escalateTo: ['eva'] };

describe('the messages a recorded cycle event causes', () => {
  it('asks every manager but the submitter to decide a gate when the service has no policy', () => {
    const m = begin();
    m.recordGap(gap, iris, at(0));
    const submitted = m.submit(null, iris, at(0));

    expect(cycleNotifications(submitted, m.state)).toEqual([
      {
        type: NotificationType.ApprovalRequested,
        data: expect.objectContaining({ kind: 'gate', gate: 'gap_identification', quorum: 1 }),
        mailTo: { role: Role.Manager, excluded: ['iris'] },
      },
    ]);
  });

  it('asks the policy’s approvers by name, and reminds only those who have not decided', () => {
    const m = begin();
    m.recordGap(gap, iris, at(0));
    m.submit(null, iris, at(0), { ...policy, quorum: 2 });
    m.decide(GateDecision.Approve, 'Fine', { id: 'ana', roles: [Role.Manager] }, at(1), 'n');
    const reminder = m.recordApprovalOverdue(at(10));

    const [message] = cycleNotifications(reminder, m.state);
    expect(message?.type).toBe(NotificationType.ApprovalReminder);
    expect(message?.mailTo).toEqual({ people: ['ben'], excluded: ['iris'] });
    expect(message?.data).toMatchObject({ kind: 'gate', level: 0, waitedSeconds: 10 });
  });

  it('escalates to the policy’s escalateTo, else to the escalation role', () => {
    const m = begin();
    m.recordGap(gap, iris, at(0));
    m.submit(null, iris, at(0));
    m.recordApprovalOverdue(at(10));
    const escalation = m.recordApprovalOverdue(at(20));

    const [message] = cycleNotifications(escalation, m.state);
    expect(message?.type).toBe(NotificationType.ApprovalEscalated);
    expect(message?.mailTo).toEqual({ role: Role.Admin, excluded: ['iris'] });
  });

  it('tells of an approval and the stage it opens, but not of a rejection’s unchanged stage', () => {
    const m = begin();
    m.recordGap(gap, iris, at(0));
    m.submit(null, iris, at(0));
    const rejected = m.decide(GateDecision.Reject, 'Thin', manu, at(1), 'n');
    expect(cycleNotifications(rejected, m.state).map((message) => message.type)).toEqual([
      NotificationType.ApprovalDecided,
    ]);

    m.submit(null, iris, at(2));
    const approved = m.decide(GateDecision.Approve, 'Clear', manu, at(3), 'n');
    const messages = cycleNotifications(approved, m.state);
    expect(messages.map((message) => message.type)).toEqual([
      NotificationType.ApprovalDecided,
      NotificationType.CycleStageChanged,
    ]);
    expect(messages[0]?.data).toMatchObject({ decision: 'approve', by: 'manu', reason: 'Clear' });
    expect(messages[1]?.data).toEqual({
      fromStage: 'gap_identification',
      toStage: 'root_cause_analysis',
    });
    expect(messages.every((message) => message.mailTo === undefined)).toBe(true);
  });

  it('tells of a cancellation as such, not as a stage change', () => {
    const m = begin();
    const cancelled = m.cancel('Merged with another service', manu, at(1));
    expect(cycleNotifications(cancelled, m.state)).toEqual([
      {
        type: NotificationType.CycleCancelled,
        data: { by: 'manu', reason: 'Merged with another service' },
      },
    ]);
  });

  it('stays silent on stage work, and lets the outbox skip reading the cycle for it', () => {
    const m = begin();
    const recorded = m.recordGap(gap, iris, at(0));
    expect(cycleNotifications(recorded, m.state)).toEqual([]);
    expect(mayNotify(CycleAction.GapRecorded)).toBe(false);
    expect(mayNotify(CycleAction.Submitted)).toBe(true);
  });

  describe('kpi.off_track: a check-in’s forecast turns to missing the target', () => {
    const due = at(103);
    const reading = (forecast: { projected: number; onTrack: boolean } | null | undefined) => ({
      ...kpi(5),
      ...(forecast === undefined ? {} : { forecast: forecast && { ...forecast, at: due } }),
    });
    /** A cycle in monitoring with check-ins of these forecasts; the messages of the last one. */
    const afterCheckIns = (...forecasts: Parameters<typeof reading>[0][]) => {
      const m = inMonitoring();
      const events = forecasts.map((forecast, n) =>
        m.recordCheckIn(at(30 * (n + 1)), reading(forecast)),
      );
      const last = events.at(-1);
      return last ? cycleNotifications(last, m.state) : [];
    };

    it('tells once the forecast turns off track, with the KPI, the projection and the target', () => {
      expect(
        afterCheckIns({ projected: 2, onTrack: true }, { projected: 4.5, onTrack: false }),
      ).toEqual([
        {
          type: NotificationType.KpiOffTrack,
          data: {
            kpiId: 'kpi-1',
            name: 'Days',
            projected: 4.5,
            at: due,
            target: 2,
            latestValue: 5,
          },
        },
      ]);
    });

    it('tells of a first check-in already off track, and of one after a check-in without forecast', () => {
      expect(afterCheckIns({ projected: 4, onTrack: false })).toHaveLength(1);
      expect(afterCheckIns(null, { projected: 4, onTrack: false })).toHaveLength(1);
      expect(afterCheckIns(undefined, { projected: 4, onTrack: false })).toHaveLength(1);
    });

    it('stays silent while it stays off track, and tells again once it turned back and off again', () => {
      const off = { projected: 4, onTrack: false };
      const on = { projected: 1, onTrack: true };
      expect(afterCheckIns(off, off)).toEqual([]);
      expect(afterCheckIns(off, on)).toEqual([]);
      expect(afterCheckIns(off, on, off).map((message) => message.type)).toEqual([
        NotificationType.KpiOffTrack,
      ]);
    });

    it('stays silent on a check-in on track or without a forecast, yet lets the outbox read it', () => {
      expect(afterCheckIns({ projected: 1, onTrack: true })).toEqual([]);
      expect(afterCheckIns(null)).toEqual([]);
      expect(afterCheckIns(undefined)).toEqual([]);
      expect(mayNotify(CycleAction.CheckInRecorded)).toBe(true);
    });
  });
});
