import { Role } from './actor';
import { CauseCategory, InitiativeStatus } from './cycle-content';
import { CycleFailureType } from './cycle-failure';
import {
  approveEveryStage,
  at,
  beginCycle,
  both,
  iris,
  ivan,
  manu,
  mara,
  refusal,
  T0,
} from './cycle-machine.fixtures';
import { CycleRuleSet } from './cycle-input-rules';
import { CycleStage } from './cycle-stage';
import type { CycleState } from './cycle-state';
import { GateDecision, ReEvaluationDecision } from './cycle-state';
import { RECENT_CHECK_INS } from './cycle-monitoring';
import { CycleStateMachine } from './cycle-state-machine';

const gap = { statement: 'Slow', kpiId: null, currentValue: 9, targetValue: 2, evidence: 'Survey' };
const cause = { category: CauseCategory.Process, description: 'Inbox', whys: ['x'], evidence: 'e' };
const plan = {
  title: 'Owner',
  ownerId: 'olga',
  dueDate: '2099-01-01',
  kpiId: null,
  expectedEffect: 'f',
};

const begin = (policy = { approvalSla: 'PT10S', checkInEvery: 'PT1S', reEvaluateAfter: 'PT1H' }) =>
  beginCycle(policy);

function inMonitoring(reporter = iris) {
  const m = approveEveryStage(begin(), { gap, causes: [cause], plans: [plan], ids: ['i-1'] });
  m.reportProgress(
    { initiativeId: 'i-1', percentComplete: 50, status: InitiativeStatus.OnTrack, note: null },
    reporter,
    at(4),
  );
  return m;
}

describe('four eyes on every gate', () => {
  it('refuses a manager who wrote the stage’s work, even when someone else submitted it', () => {
    const m = begin();
    m.recordGap(gap, both, at(0));
    m.submit(null, ivan, at(1));
    expect(refusal(() => m.decide(GateDecision.Approve, null, both, at(2), 'n'))).toBe(
      CycleFailureType.SelfApproval,
    );
    m.decide(GateDecision.Approve, null, manu, at(2), 'n');
    expect(m.state.stage).toBe(CycleStage.RootCauseAnalysis);
  });

  it('forgets the authors of a stage once it is approved', () => {
    const m = begin();
    m.recordGap(gap, both, at(0));
    m.submit(null, iris, at(0));
    m.decide(GateDecision.Approve, null, manu, at(1), 'n');
    m.recordRootCauses([cause], iris, at(1));
    m.submit(null, iris, at(2));
    m.decide(GateDecision.Approve, null, both, at(3), 'n');
    expect(m.state.stage).toBe(CycleStage.InitiativePlanning);
  });

  it('keeps the authors of a stage sent back and changed by someone else', () => {
    const m = begin();
    m.recordGap(gap, both, at(0));
    m.submit(null, iris, at(0));
    m.decide(GateDecision.Reject, 'More evidence', manu, at(1), 'n');
    m.recordGap({ ...gap, evidence: 'More' }, iris, at(2));
    m.submit(null, iris, at(2));
    expect(refusal(() => m.decide(GateDecision.Approve, null, both, at(3), 'n'))).toBe(
      CycleFailureType.SelfApproval,
    );
  });

  it('refuses the manager who triggered a re-evaluation to decide it', () => {
    const m = inMonitoring();
    m.reEvaluateNow('Board review', manu, at(5), null);
    expect(refusal(() => m.decide(ReEvaluationDecision.Close, 'ok', manu, at(6), 'n'))).toBe(
      CycleFailureType.SelfApproval,
    );
    m.decide(ReEvaluationDecision.Close, 'ok', mara, at(6), 'n');
    expect(m.isFinished()).toBe(true);
  });

  it('refuses whoever reported the monitored work to decide its re-evaluation', () => {
    const m = inMonitoring(both);
    m.reEvaluateNow('Board review', manu, at(5), null);
    expect(refusal(() => m.decide(ReEvaluationDecision.Close, 'ok', both, at(6), 'n'))).toBe(
      CycleFailureType.SelfApproval,
    );
  });

  it('applies commands recorded under the original rules as they were applied then', () => {
    const m = inMonitoring();
    m.reEvaluateNow('Board review', manu, at(5), null);
    m.applyRuleSet(CycleRuleSet.Original);
    // A validator still refuses it: validators always run the current rules.
    expect(
      refusal(() =>
        m.validating(() =>
          m.checks.decide(ReEvaluationDecision.Close, 'ok', manu, [], Date.parse(at(6))),
        ),
      ),
    ).toBe(CycleFailureType.SelfApproval);
    m.decide(ReEvaluationDecision.Close, 'ok', manu, at(6), 'n');
    expect(m.isFinished()).toBe(true);
  });

  it('falls back to the submitter and requester for waits recorded before the list existed', () => {
    const m = inMonitoring();
    m.reEvaluateNow('Board review', manu, at(5), null);
    const old = structuredClone(m.state) as CycleState;
    delete old.pendingApproval?.excludedDeciders;
    delete old.stageAuthors;
    const restored = CycleStateMachine.restore(old);
    expect(refusal(() => restored.decide(ReEvaluationDecision.Close, 'ok', manu, at(6), 'n'))).toBe(
      CycleFailureType.SelfApproval,
    );
  });

  it('refuses `system` and ids no token may carry as actors', () => {
    const m = begin();
    for (const id of ['system', '', 'x'.repeat(201), 'a\u0000b']) {
      expect(refusal(() => m.recordGap(gap, { id, roles: [Role.Improver] }, T0))).toBe(
        CycleFailureType.NotPermitted,
      );
    }
  });
});

describe('inputs the database could not store', () => {
  it('are refused by the validators, leaving the state as it was', () => {
    const m = begin();
    for (const statement of ['nul \u0000 inside', 'lone \ud800 half', 'bell \u0007']) {
      expect(refusal(() => m.recordGap({ ...gap, statement }, iris, T0))).toBe(
        CycleFailureType.InvalidCommand,
      );
    }
    expect(m.state.gap).toBeNull();
    m.recordGap({ ...gap, statement: 'Tabs\tand\nlines, 漢字 and 😀 are fine' }, iris, T0);
    expect(m.state.gap?.statement).toContain('😀');
  });

  it('checks notes and reasons too', () => {
    const m = begin();
    m.recordGap(gap, iris, T0);
    expect(refusal(() => m.submit('\ud800', iris, T0))).toBe(CycleFailureType.InvalidCommand);
    m.submit('fine', iris, T0);
    expect(refusal(() => m.decide(GateDecision.Reject, 'x\u0000', manu, T0, 'n'))).toBe(
      CycleFailureType.InvalidCommand,
    );
  });
});

describe('policies', () => {
  it('names a policy out of bounds as the start problem', () => {
    expect(
      begin({
        approvalSla: 'P300000Y',
        checkInEvery: 'PT0S',
        reEvaluateAfter: 'P6M',
      }).startProblem(),
    ).toMatch(/approvalSla.*checkInEvery/);
    expect(begin().startProblem()).toBeUndefined();
  });

  it('keeps only the latest check-ins in the state, however many fire', () => {
    const m = inMonitoring();
    const count = RECENT_CHECK_INS * 3;
    for (let i = 1; i <= count; i += 1) {
      expect(m.dueTimer(Date.parse(at(3 + i)))).toBe('check_in');
      m.recordCheckIn(at(3 + i), null);
    }
    expect(m.state.checkIns).toHaveLength(RECENT_CHECK_INS);
    expect(m.state.checkIns.at(-1)?.at).toBe(at(3 + count));
    expect(m.state.monitoring?.checkIns).toBe(count);
  });

  it('computes the next check-in of a long monitoring period without walking every period', () => {
    const m = inMonitoring();
    const monitoring = m.state.monitoring;
    if (!monitoring) {
      throw new Error('not monitoring');
    }
    monitoring.checkIns = 3_000_000;
    monitoring.reEvaluationDueAt = '2099-01-01T00:00:00.000Z';
    expect(m.nextDeadline()).toBe(Date.parse(at(3 + 3_000_001)));
  });
});
