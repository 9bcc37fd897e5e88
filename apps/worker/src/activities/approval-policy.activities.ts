import { Injectable } from '@nestjs/common';
import type { CycleActivities, GateApprovalPolicy } from '@app/domain';
import { ApprovalPolicyRepository, DelegationRepository } from '@app/persistence';

/** Who decides a wait: the policy read as it opens, a delegation confirmed as it counts. Reads only. */
@Injectable()
export class ApprovalPolicyActivities implements Pick<
  CycleActivities,
  'readApprovalPolicy' | 'confirmDelegation'
> {
  constructor(
    private readonly policies: ApprovalPolicyRepository,
    private readonly delegations: DelegationRepository,
  ) {}

  async confirmDelegation(grantId: string, delegateId: string, at: string): Promise<boolean> {
    const inForce = await this.delegations.inForceFor(delegateId, new Date(at));
    return inForce.some((grant) => grant.id === grantId);
  }

  async readApprovalPolicy(serviceId: string): Promise<GateApprovalPolicy | null> {
    const policy = await this.policies.current(serviceId);
    return policy
      ? {
          version: policy.version,
          approvers: policy.approvers,
          quorum: policy.quorum,
          escalateTo: policy.escalateTo,
        }
      : null;
  }
}
