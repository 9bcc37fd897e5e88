import { Role } from './actor';
import { escalationProblems, policyDurationMs, policyProblems } from './cycle-policy-bounds';

const fine = { approvalSla: 'P5D', checkInEvery: 'P30D', reEvaluateAfter: 'P6M' };

describe('policy bounds', () => {
  it('accept the defaults and each maximum', () => {
    expect(policyProblems(fine)).toEqual([]);
    expect(
      policyProblems({ approvalSla: 'P90D', checkInEvery: 'P1Y', reEvaluateAfter: 'P5Y' }),
    ).toEqual([]);
  });

  it('refuse each clock below the minimum or above its maximum, naming the bounds', () => {
    expect(policyProblems({ ...fine, checkInEvery: 'PT0S' })).toEqual([
      { field: 'checkInEvery', message: 'checkInEvery must be between PT1M and P1Y' },
    ]);
    expect(policyProblems({ ...fine, approvalSla: 'P91D' })[0]?.field).toBe('approvalSla');
    expect(policyProblems({ ...fine, reEvaluateAfter: 'P5YT1S' })[0]?.field).toBe(
      'reEvaluateAfter',
    );
  });

  it('refuse durations too large for a date instead of throwing', () => {
    expect(policyDurationMs('P300000Y')).toBeNaN();
    expect(policyProblems({ ...fine, approvalSla: 'P300000Y' })).toHaveLength(1);
    expect(policyProblems({ ...fine, approvalSla: 'P99999999999999999999D' })).toHaveLength(1);
    expect(policyProblems({ ...fine, approvalSla: 'five days' })).toHaveLength(1);
  });

  it('take a lower minimum from configuration, never below one second', () => {
    const short = { approvalSla: 'PT2S', checkInEvery: 'PT2S', reEvaluateAfter: 'PT2S' };
    expect(policyProblems(short)).toHaveLength(3);
    expect(policyProblems(short, 'PT1S')).toEqual([]);
    expect(policyProblems({ ...short, approvalSla: 'PT0.5S' }, 'PT0.1S')).toEqual([
      { field: 'approvalSla', message: 'approvalSla must be between PT1S and P90D' },
    ]);
  });

  it('lets escalations go only to someone who can act on a waiting gate', () => {
    expect(escalationProblems({ escalateTo: Role.Manager })).toEqual([]);
    expect(escalationProblems({ escalateTo: Role.Admin })).toEqual([]);
    expect(escalationProblems({})).toEqual([]);
    for (const role of [Role.Improver, Role.Auditor]) {
      expect(escalationProblems({ escalateTo: role })).toEqual([
        { field: 'escalateTo', message: 'escalateTo must be one of manager, admin' },
      ]);
    }
  });
});
