import { Injectable } from '@nestjs/common';
import type { CycleActivities, GateApprovalPolicy } from '@app/domain';
import { ApprovalPolicyRepository } from '@app/persistence';

/** What a wait reads as it opens: who decides it. Reads only. */
@Injectable()
export class ApprovalPolicyActivities implements Pick<CycleActivities, 'readApprovalPolicy'> {
  constructor(private readonly policies: ApprovalPolicyRepository) {}

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
