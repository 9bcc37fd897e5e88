import { DEFAULT_CYCLE_POLICY, withPolicyDefaults } from './cycle-policy';

describe('cycle policy defaults', () => {
  it('are five days to approve, a check-in every 30 days and a re-evaluation after six months', () => {
    expect(withPolicyDefaults(undefined)).toEqual({
      approvalSla: 'P5D',
      checkInEvery: 'P30D',
      reEvaluateAfter: 'P6M',
      escalateTo: 'admin',
    });
  });

  it('keep what the caller set and fill in what is absent or undefined', () => {
    expect(withPolicyDefaults({ approvalSla: 'PT2S', checkInEvery: undefined })).toEqual({
      ...DEFAULT_CYCLE_POLICY,
      approvalSla: 'PT2S',
    });
  });
});
