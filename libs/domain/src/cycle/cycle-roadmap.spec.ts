import { SYSTEM_ACTOR } from './actor';
import { InitiativeStatus } from './cycle-content';
import { isLate } from './cycle-deadlines';
import { CycleFailureType } from './cycle-failure';
import {
  approveEveryStage,
  at,
  begin,
  causes,
  gap,
  inMonitoring,
  iris,
  manu,
  mara,
  plans,
  refusal,
  T0,
} from './cycle-machine.fixtures';
import { CycleAction, GateDecision } from './cycle-state';
import type { RoadmapChangeProposal } from './roadmap-change';
import { dueAt, foldRoadmapChanges } from './roadmap-change';

const proposal = (overrides: Partial<RoadmapChangeProposal> = {}): RoadmapChangeProposal => ({
  reason: 'The night shift needs its own owner',
  add: [
    {
      title: 'Night owner',
      ownerId: 'nina',
      dueDate: '2099-03-31',
      kpiId: null,
      expectedEffect: 'Fewer stuck cases',
    },
  ],
  change: [{ id: 'i-2', dueDate: '2099-06-30', ownerId: 'olga' }],
  drop: [{ id: 'i-1', reason: 'Done by another team' }],
  ...overrides,
});

describe('the roadmap after approval', () => {
  it('changes nothing until approved, then adds, changes and drops as proposed', () => {
    const m = inMonitoring();
    const proposed = m.roadmap.propose(proposal(), 'ch-1', iris, at(4), null);
    const before = m.state.initiatives.map((initiative) => ({ ...initiative }));

    const approved = m.roadmap.decide('ch-1', GateDecision.Approve, null, manu, at(5), ['i-3']);

    expect(proposed).toMatchObject({ action: CycleAction.RoadmapChangeProposed });
    expect(before.map((initiative) => initiative.status)).toEqual([
      InitiativeStatus.NotStarted,
      InitiativeStatus.NotStarted,
    ]);
    expect(approved).toMatchObject({
      action: CycleAction.RoadmapChangeApproved,
      data: { changeId: 'ch-1', addedIds: ['i-3'] },
    });
    const [first, second, added] = m.state.initiatives;
    expect(first).toMatchObject({ status: 'dropped', dropReason: 'Done by another team' });
    expect(second).toMatchObject({ dueDate: '2099-06-30', ownerId: 'olga', title: 'Automate' });
    expect(added).toMatchObject({ id: 'i-3', title: 'Night owner', status: 'not_started' });
    expect(m.state.pendingRoadmapChange).toBeNull();
  });

  it('keeps everything as it was on a rejection, with its reason', () => {
    const m = inMonitoring();
    m.roadmap.propose(proposal(), 'ch-1', iris, at(4), null);
    const initiatives = JSON.stringify(m.state.initiatives);

    const noReason = refusal(() =>
      m.roadmap.decide('ch-1', GateDecision.Reject, null, manu, at(5), ['i-3']),
    );
    const rejected = m.roadmap.decide('ch-1', GateDecision.Reject, 'Not now', manu, at(5), ['i-3']);

    expect(noReason).toBe(CycleFailureType.InvalidCommand);
    expect(rejected).toMatchObject({
      action: CycleAction.RoadmapChangeRejected,
      data: { changeId: 'ch-1', reason: 'Not now' },
    });
    expect(JSON.stringify(m.state.initiatives)).toBe(initiatives);
    expect(
      refusal(() => m.roadmap.decide('ch-1', GateDecision.Approve, null, mara, at(6), [])),
    ).toBe(CycleFailureType.NothingToDecide);
  });

  it('refuses an unknown initiative, a second change while one waits, its proposer deciding, and an unknown change', () => {
    const m = inMonitoring();
    const unknown = refusal(() =>
      m.roadmap.propose(
        proposal({ drop: [{ id: 'i-9', reason: 'x' }] }),
        'ch-0',
        iris,
        at(4),
        null,
      ),
    );
    const nothing = refusal(() =>
      m.roadmap.propose(proposal({ add: [], change: [], drop: [] }), 'ch-0', iris, at(4), null),
    );
    m.roadmap.propose(proposal(), 'ch-1', iris, at(4), null);
    const second = refusal(() => m.roadmap.propose(proposal(), 'ch-2', iris, at(5), null));
    const own = refusal(() =>
      m.roadmap.decide(
        'ch-1',
        GateDecision.Approve,
        null,
        { ...iris, roles: [...iris.roles, ...manu.roles] },
        at(5),
        ['i-3'],
      ),
    );
    const notOne = refusal(() =>
      m.roadmap.decide('ch-9', GateDecision.Approve, null, manu, at(5), []),
    );

    expect(unknown).toBe(CycleFailureType.InvalidCommand);
    expect(nothing).toBe(CycleFailureType.InvalidCommand);
    expect(second).toBe(CycleFailureType.WrongStage);
    expect(own).toBe(CycleFailureType.SelfApproval);
    expect(notOne).toBe(CycleFailureType.UnknownRoadmapChange);
  });

  it('proposes only in execution monitoring', () => {
    const m = begin();
    expect(refusal(() => m.roadmap.propose(proposal(), 'ch-1', iris, at(0), null))).toBe(
      CycleFailureType.WrongStage,
    );
  });
});

describe('foldRoadmapChanges', () => {
  it('tells each change from the history, and one still waiting when the cycle ends as withdrawn', () => {
    const event = (action: string, data: Record<string, unknown>, by = 'iris') => ({
      action,
      occurredAt: at(1),
      actor: { id: by },
      data,
    });
    const change = { reason: 'r', add: [], change: [], drop: [{ id: 'i-1', reason: 'x' }] };
    const folded = foldRoadmapChanges([
      event('roadmap_change_proposed', { change: { ...change, id: 'ch-1' } }),
      event('approval_recorded', { decision: 'approve', reason: null }, 'manu'),
      event(
        'roadmap_change_approved',
        { changeId: 'ch-1', decision: 'approve', reason: null, addedIds: [] },
        'manu',
      ),
      event('roadmap_change_proposed', { change: { ...change, id: 'ch-2' } }),
      event('cycle_cancelled', { reason: 'Merged' }, 'mara'),
    ]);
    expect(folded.map((c) => [c.id, c.status, c.decisions.map((d) => d.by)])).toEqual([
      ['ch-1', 'approved', ['manu']],
      ['ch-2', 'rejected', ['mara']],
    ]);
    expect(folded[1]?.decisions[0]?.reason).toContain('withdrawn');
  });
});

describe('lateness at the due date', () => {
  it('is due until the end of a bare date, and never late once done or dropped', () => {
    const open = { status: InitiativeStatus.OnTrack, dueDate: '2027-03-31' };
    expect(dueAt('2027-03-31')).toBe(Date.parse('2027-03-31T23:59:59.999Z'));
    expect(isLate({ ...open } as never, Date.parse('2027-03-31T23:59:59.999Z'))).toBe(false);
    expect(isLate({ ...open } as never, Date.parse('2027-04-01T00:00:00.000Z'))).toBe(true);
    expect(
      isLate({ ...open, status: InitiativeStatus.Done } as never, Date.parse('2028-01-01')),
    ).toBe(false);
    expect(
      isLate({ ...open, status: InitiativeStatus.Dropped } as never, Date.parse('2028-01-01')),
    ).toBe(false);
  });

  it('sets its timer at the earliest open due date, once per initiative and date, and follows a moved date', () => {
    const monthly = { approvalSla: 'PT10S', checkInEvery: 'P30D', reEvaluateAfter: 'P6M' };
    const m = approveEveryStage(begin(monthly), { gap, causes, plans, ids: ['i-1', 'i-2'] });
    // i-1 was due the day before: its timer is due at once, whatever the monthly check-in.
    expect(m.nextDeadline()).toBe(Date.parse(T0));
    expect(m.dueTimer(Date.parse(at(4)))).toBe('initiative_due');
    m.roadmap.recordInitiativeOverdue(at(4));
    const checkIn = m.nextDeadline();
    expect(m.dueTimer(Date.parse(at(5)))).toBeUndefined();

    m.roadmap.propose(
      proposal({ add: [], drop: [], change: [{ id: 'i-1', dueDate: '2026-01-10' }] }),
      'ch-1',
      iris,
      at(5),
      null,
    );
    m.roadmap.decide('ch-1', GateDecision.Approve, null, manu, at(6), []);

    // Moved later, it falls due again at the end of its new date, before the check-in.
    const due = Date.parse('2026-01-11T00:00:00.000Z');
    expect(m.nextDeadline()).toBe(due);
    expect(checkIn).toBeGreaterThan(due);
    expect(m.dueTimer(due - 1)).toBeUndefined();
    expect(m.dueTimer(due)).toBe('initiative_due');
    expect(m.roadmap.recordInitiativeOverdue(new Date(due).toISOString())).toMatchObject({
      actor: SYSTEM_ACTOR,
      data: { initiativeId: 'i-1', dueDate: '2026-01-10' },
    });
    expect(m.nextDeadline()).toBe(checkIn);
    // A cycle replayed from before due-date timers sets none.
    m.roadmap.propose(
      proposal({ add: [], drop: [], change: [{ id: 'i-1', dueDate: '2026-01-20' }] }),
      'ch-2',
      iris,
      at(7),
      null,
    );
    m.roadmap.decide('ch-2', GateDecision.Approve, null, manu, at(8), []);
    m.trackDueDates(false);
    expect(m.nextDeadline()).toBe(checkIn);
  });
});
