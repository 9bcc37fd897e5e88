import { Role } from './actor';
import type { CycleSelection } from './cycle-selection';
import { CycleStateMachine } from './cycle-state-machine';
import type { StoredCycleState } from './stored-cycle-state';
import { currentCycleState } from './stored-cycle-state';

const iris = { id: 'iris', roles: [Role.Improver] };
const T0 = '2026-01-01T00:00:00.000Z';
const later = '2026-01-01T00:00:20.000Z';

const selection = {
  surveyId: 'survey-1',
  period: '2026-Q3',
  rank: 1,
  rankedServices: 3,
  meanScore: 2,
  endCustomers: 5000,
  reworkRate: 0.3,
  reasons: [],
  computedAt: T0,
};

/** A gap waiting for approval with one reminder sent, in today's shape. */
function waitingWithReminder() {
  const machine = CycleStateMachine.begin({
    cycleId: 'c-1',
    serviceId: 's-1',
    policy: { approvalSla: 'PT10S', checkInEvery: 'PT30S', reEvaluateAfter: 'PT100S' },
    startedBy: iris,
    requestedAt: T0,
    selection: { ...selection, rule: 'default' },
  });
  machine.recordGap(
    { statement: 'Slow', kpiId: null, currentValue: 9, targetValue: 2, evidence: 'Survey' },
    iris,
    T0,
  );
  machine.submit(null, iris, T0);
  machine.recordApprovalOverdue('2026-01-01T00:00:10.000Z');
  return structuredClone(machine.state);
}

/** The same state as versions before the rename recorded it. */
function asEarlierVersion(state: ReturnType<typeof waitingWithReminder>): StoredCycleState {
  const { escalations, selection: chosen, ...rest } = state;
  // The default rule's former name, as recorded cycles carry it.
  return { ...rest, notices: escalations, selection: chosen && { ...chosen, rule: 'seed' } };
}

describe('cycle states recorded by earlier versions', () => {
  it('restores a continued run whose state has `notices` and the old rule name', () => {
    const current = waitingWithReminder();
    const machine = CycleStateMachine.restore(asEarlierVersion(current));

    expect(machine.state).toEqual(current);
    expect(machine.state.escalations).toHaveLength(1);
    expect(machine.state).not.toHaveProperty('notices');
    expect(machine.state.selection?.rule).toBe('default');
    // It carries on from there: the next overdue period escalates.
    expect(machine.recordApprovalOverdue(later).data).toMatchObject({ kind: 'escalation' });
    expect(machine.state.escalations).toHaveLength(2);
  });

  it('reads a state in today’s shape unchanged, and leaves the stored one as it was', () => {
    const current = waitingWithReminder();
    expect(currentCycleState(current)).toEqual(current);
    const stored = asEarlierVersion(current);
    const before = structuredClone(stored);
    currentCycleState(stored);
    expect(stored).toEqual(before);
  });

  it('keeps `escalations` when a row has both names (merged by an upgraded worker)', () => {
    const current = waitingWithReminder();
    const both = { ...asEarlierVersion(current), escalations: current.escalations, notices: [] };
    expect(currentCycleState(both).escalations).toEqual(current.escalations);
  });

  it('starts a cycle whose input still names the old rule under the current name', () => {
    const machine = CycleStateMachine.begin({
      cycleId: 'c-2',
      serviceId: 's-1',
      policy: { approvalSla: 'PT10S', checkInEvery: 'PT30S', reEvaluateAfter: 'PT100S' },
      startedBy: iris,
      requestedAt: T0,
      selection: asEarlierVersion(waitingWithReminder()).selection as unknown as CycleSelection,
    });
    expect(machine.state.selection?.rule).toBe('default');
    expect(machine.started().data).toMatchObject({ selection: { rule: 'default' } });
  });
});
