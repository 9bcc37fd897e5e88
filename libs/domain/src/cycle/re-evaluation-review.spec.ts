import { CycleFailureType } from './cycle-failure';
import { at, begin, gap, inMonitoring, iris, manu, refusal } from './cycle-machine.fixtures';
import { CycleAction, GateDecision, ReEvaluationDecision } from './cycle-state';
import type { ReEvaluationReview } from './re-evaluation-review';

const mara = { id: 'mara', roles: manu.roles };

const review = (verdicts: ReEvaluationReview['initiatives'] = []): ReEvaluationReview => ({
  stillValid: true,
  prioritiesChanged: false,
  customerPreferencesChanged: true,
  environmentChanged: false,
  initiatives: verdicts,
});

describe('the re-evaluation’s review', () => {
  it('is recorded with the decision and in its event', () => {
    const m = inMonitoring();
    m.reEvaluateNow('Half-year review', manu, at(10), null);
    const answers = review([
      { id: 'i-1', verdict: 'keep', note: 'Working' },
      { id: 'i-2', verdict: 'drop' },
    ]);
    const event = m.decide(ReEvaluationDecision.Continue, 'Go on', mara, at(11), 'n', [], answers);

    expect(event.action).toBe(CycleAction.MonitoringContinued);
    const recorded = {
      ...answers,
      initiatives: [answers.initiatives[0], { id: 'i-2', verdict: 'drop', note: null }],
    };
    expect(event.data.review).toEqual(recorded);
    expect(m.state.decisions.at(-1)?.review).toEqual(recorded);
  });

  it('is refused with a stage gate’s decision', () => {
    const m = begin();
    m.recordGap(gap, iris, at(0));
    m.submit(null, iris, at(0));
    expect(refusal(() => m.checks.decide(GateDecision.Approve, null, mara, [], 0, review()))).toBe(
      CycleFailureType.InvalidCommand,
    );
  });

  it('names only the cycle’s initiatives, with a known verdict, and answers every question', () => {
    const m = inMonitoring();
    m.reEvaluateNow('Half-year review', manu, at(10), null);
    const decide = (answers: ReEvaluationReview) =>
      refusal(() => m.checks.decide(ReEvaluationDecision.Close, 'Done', mara, [], 0, answers));
    expect(decide(review([{ id: 'i-9', verdict: 'keep' }]))).toBe(CycleFailureType.InvalidCommand);
    expect(decide(review([{ id: 'i-1', verdict: 'maybe' as never }]))).toBe(
      CycleFailureType.InvalidCommand,
    );
    expect(
      decide(
        review([
          { id: 'i-1', verdict: 'keep' },
          { id: 'i-1', verdict: 'drop' },
        ]),
      ),
    ).toBe(CycleFailureType.InvalidCommand);
    expect(decide({ ...review(), stillValid: 'yes' as never })).toBe(
      CycleFailureType.InvalidCommand,
    );
    expect(decide(review([{ id: 'i-1', verdict: 'keep' }]))).toBeUndefined();
  });
});
