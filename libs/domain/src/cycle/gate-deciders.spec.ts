import type { DelegationGrant } from '../approval/approval-policy';
import { approvalPolicyProblem } from '../approval/approval-policy';
import { Role } from './actor';
import { CycleFailureType } from './cycle-failure';
import { CycleStage } from './cycle-stage';
import type { PendingApproval } from './cycle-state';
import { decidingFor, requireReachableQuorum } from './gate-deciders';

const NOW = Date.parse('2027-03-01T12:00:00Z');
const manager = (id: string) => ({ id, roles: [Role.Manager] });
const wait = (overrides: Partial<PendingApproval> = {}): PendingApproval => ({
  stage: CycleStage.GapIdentification,
  submittedBy: { id: 'iris', roles: [Role.Improver] },
  submittedAt: '2027-03-01T09:00:00Z',
  note: null,
  notices: 0,
  excludedDeciders: ['iris'],
  approvalPolicy: { version: 1, approvers: ['ana', 'ben'], quorum: 2, escalateTo: [] },
  approvals: [],
  ...overrides,
});
const grant = (
  delegatorId: string,
  startsAt: string,
  endsAt: string,
  delegateId = 'dora',
): DelegationGrant => ({
  id: `grant-${delegatorId}`,
  delegatorId,
  delegateId,
  startsAt,
  endsAt,
});
const refusal = (decide: () => unknown) => {
  try {
    decide();
  } catch (error) {
    return (error as { type: CycleFailureType }).type;
  }
  return undefined;
};

describe('decidingFor: whom a decision counts for', () => {
  it('counts an approver for themselves, and anyone at all when the wait has no policy', () => {
    expect(decidingFor(wait(), manager('ana'), [], ['iris'], NOW)).toEqual({
      approverId: 'ana',
      onBehalfOf: null,
    });
    expect(decidingFor(wait({ approvalPolicy: null }), manager('zoe'), [], [], NOW)).toEqual({
      approverId: 'zoe',
      onBehalfOf: null,
    });
  });

  it('counts a delegate for the approver only inside the window: from its start, up to its end', () => {
    const at = (startsAt: string, endsAt: string) =>
      refusal(() =>
        decidingFor(wait(), manager('dora'), [grant('ana', startsAt, endsAt)], [], NOW),
      );
    expect(at('2027-03-01T12:00:00Z', '2027-03-02T00:00:00Z')).toBeUndefined();
    expect(at('2027-02-01T00:00:00Z', '2027-03-01T12:00:00Z')).toBe(CycleFailureType.NotPermitted);
    expect(at('2027-03-01T12:00:01Z', '2027-03-02T00:00:00Z')).toBe(CycleFailureType.NotPermitted);
    const deciding = decidingFor(
      wait(),
      manager('dora'),
      [grant('ana', '2027-03-01T00:00:00Z', '2027-03-02T00:00:00Z')],
      [],
      NOW,
    );
    expect(deciding).toEqual({ approverId: 'ana', onBehalfOf: 'ana', grantId: 'grant-ana' });
  });

  it('counts a grant only for its own delegate', () => {
    const someoneElses = [grant('ana', '2027-03-01T00:00:00Z', '2027-03-02T00:00:00Z', 'otto')];
    expect(refusal(() => decidingFor(wait(), manager('dora'), someoneElses, [], NOW))).toBe(
      CycleFailureType.NotPermitted,
    );
  });

  it('refuses the same person twice, and an approver counted already through their delegate', () => {
    const decided = wait({
      approvals: [{ by: 'dora', onBehalfOf: 'ana', at: '2027-03-01T10:00:00Z' }],
    });
    expect(refusal(() => decidingFor(decided, manager('dora'), [], [], NOW))).toBe(
      CycleFailureType.AlreadyDecided,
    );
    expect(refusal(() => decidingFor(decided, manager('ana'), [], [], NOW))).toBe(
      CycleFailureType.AlreadyDecided,
    );
    expect(decidingFor(decided, manager('ben'), [], [], NOW).approverId).toBe('ben');
  });

  it('never counts an excluded decider, not even through a delegate', () => {
    const submitterApproves = wait({ excludedDeciders: ['ana'] });
    const viaDelegate = () =>
      decidingFor(
        submitterApproves,
        manager('dora'),
        [grant('ana', '2027-03-01T00:00:00Z', '2027-03-02T00:00:00Z')],
        ['ana'],
        NOW,
      );
    expect(refusal(viaDelegate)).toBe(CycleFailureType.NotPermitted);
  });
});

describe('approvalPolicyProblem', () => {
  it('names the field at fault: a repeated approver, a quorum above the approvers', () => {
    expect(approvalPolicyProblem({ approvers: ['a', 'a'], quorum: 1, escalateTo: [] })?.field).toBe(
      'approvers',
    );
    expect(approvalPolicyProblem({ approvers: ['a'], quorum: 2, escalateTo: [] })?.field).toBe(
      'quorum',
    );
    expect(
      approvalPolicyProblem({ approvers: ['a', 'b'], quorum: 2, escalateTo: [] }),
    ).toBeUndefined();
  });
});

describe('requireReachableQuorum', () => {
  const policy = { version: 1, approvers: ['ana', 'ben'], quorum: 2, escalateTo: [] };
  it('refuses a wait its quorum cannot settle once those who took part are set aside', () => {
    expect(refusal(() => requireReachableQuorum(policy, ['ana']))).toBe(
      CycleFailureType.QuorumUnreachable,
    );
    expect(refusal(() => requireReachableQuorum(policy, ['iris']))).toBeUndefined();
    expect(refusal(() => requireReachableQuorum(null, ['ana']))).toBeUndefined();
  });
});
