import { carriedOverWork } from './cycle-carry-over';
import { InitiativeStatus } from './cycle-content';
import { CycleFailureType } from './cycle-failure';
import { at, begin, causes, gap, iris, manu, plans, refusal } from './cycle-machine.fixtures';
import { GateDecision, ReEvaluationDecision } from './cycle-state';
import { traceabilityOf } from './cycle-traceability';

/** A cycle in initiative planning whose two causes got ids `c-1` and `c-2`. */
function planning() {
  const m = begin();
  m.recordGap(gap, iris, at(0));
  m.submit(null, iris, at(0));
  m.decide(GateDecision.Approve, null, manu, at(1), 'n');
  const second = { ...causes[0]!, description: 'No queue metrics' };
  m.recordRootCauses([causes[0]!, second], iris, at(1), ['c-1', 'c-2']);
  m.submit(null, iris, at(1));
  m.decide(GateDecision.Approve, null, manu, at(2), 'n');
  return m;
}

describe('root causes and the initiatives that address them', () => {
  it('refuses a submission that leaves a cause unaddressed, naming it', () => {
    const m = planning();
    m.recordInitiatives(
      [{ ...plans[0]!, addressesCauseIds: ['c-1'] }, plans[1]!],
      ['i-1', 'i-2'],
      iris,
      at(2),
    );
    expect(refusal(() => m.checks.submit(iris, null))).toBe(CycleFailureType.UncoveredCauses);
    expect(() => m.checks.submit(iris, null)).toThrow(/c-2 \(No queue metrics\)/);
  });

  it('takes it when every cause is addressed, or when the gap is accepted with a reason', () => {
    const covered = planning();
    covered.recordInitiatives(
      [
        { ...plans[0]!, addressesCauseIds: ['c-1'] },
        { ...plans[1]!, addressesCauseIds: ['c-2'] },
      ],
      ['i-1', 'i-2'],
      iris,
      at(2),
    );
    expect(refusal(() => covered.submit(null, iris, at(3)))).toBeUndefined();

    const accepted = planning();
    accepted.recordInitiatives([plans[0]!], ['i-1'], iris, at(2));
    expect(refusal(() => accepted.checks.submit(iris, null, { uncoveredCauses: 'accepted' }))).toBe(
      CycleFailureType.InvalidCommand,
    );
    const event = accepted.submit(null, iris, at(3), null, {
      uncoveredCauses: 'accepted',
      reason: 'Metrics come with the new ticketing tool',
    });
    expect(event.data).toMatchObject({
      uncoveredCauses: {
        causeIds: ['c-1', 'c-2'],
        reason: 'Metrics come with the new ticketing tool',
      },
    });
  });

  it('refuses an initiative naming a cause the cycle does not have', () => {
    const m = planning();
    const wrong = [{ ...plans[0]!, addressesCauseIds: ['c-9'] }];
    expect(refusal(() => m.recordInitiatives(wrong, ['i-1'], iris, at(2)))).toBe(
      CycleFailureType.InvalidCommand,
    );
  });

  it('links gap, causes, initiatives and KPI for the evidence', () => {
    const m = planning();
    m.recordInitiatives(
      [{ ...plans[0]!, addressesCauseIds: ['c-1', 'c-2'] }, plans[1]!],
      ['i-1', 'i-2'],
      iris,
      at(2),
    );
    expect(traceabilityOf(m.state)).toEqual({
      links: [
        { from: 'gap', to: 'cause:c-1' },
        { from: 'gap', to: 'cause:c-2' },
        { from: 'cause:c-1', to: 'initiative:i-1' },
        { from: 'cause:c-2', to: 'initiative:i-1' },
        { from: 'initiative:i-1', to: 'kpi:kpi-1' },
        { from: 'initiative:i-2', to: 'kpi:kpi-1' },
      ],
      uncoveredCauseIds: [],
    });
  });
});

describe('a restart’s drafts', () => {
  it('copies the causes and the open initiatives with new ids, linked to their origin', () => {
    const m = planning();
    m.recordInitiatives(
      [{ ...plans[0]!, addressesCauseIds: ['c-1', 'c-2'] }, plans[1]!],
      ['i-1', 'i-2'],
      iris,
      at(2),
    );
    m.submit(null, iris, at(2));
    m.decide(GateDecision.Approve, null, manu, at(3), 'n');
    m.reportProgress(
      { initiativeId: 'i-2', percentComplete: 100, status: InitiativeStatus.Done, note: null },
      iris,
      at(4),
    );
    m.reEvaluateNow('Budget cut', manu, at(5), null);
    m.decide(
      ReEvaluationDecision.Restart,
      'Start over',
      { id: 'mara', roles: manu.roles },
      at(6),
      'next',
    );

    let n = 0;
    const work = carriedOverWork(m.state, () => `new-${(n += 1)}`);
    expect(work.rootCauses.map((cause) => [cause.id, cause.origin])).toEqual([
      ['new-1', { cycleId: 'c-1', causeId: 'c-1' }],
      ['new-2', { cycleId: 'c-1', causeId: 'c-2' }],
    ]);
    expect(work.initiatives).toHaveLength(1);
    expect(work.initiatives[0]).toMatchObject({
      id: 'new-3',
      title: plans[0]!.title,
      addressesCauseIds: ['new-1', 'new-2'],
      origin: { cycleId: 'c-1', initiativeId: 'i-1' },
    });
  });
});
