import { Injectable } from '@nestjs/common';
import { approvalPolicyProblem, DomainError } from '@app/domain';
import type { ApprovalPolicyEntity, ApprovalPolicyInput, ChangeContext } from '@app/persistence';
import { ApprovalPolicyRepository, ServiceRepository } from '@app/persistence';

@Injectable()
export class ApprovalPoliciesService {
  constructor(
    private readonly policies: ApprovalPolicyRepository,
    private readonly services: ServiceRepository,
  ) {}

  /** Sets the service's next policy version; waits already open keep theirs. */
  put(
    serviceId: string,
    policy: ApprovalPolicyInput,
    change: ChangeContext,
  ): Promise<ApprovalPolicyEntity> {
    const problem = approvalPolicyProblem(policy);
    if (problem) {
      throw DomainError.invalid(problem.field, problem.message);
    }
    return this.policies.put(serviceId, policy, change);
  }

  /** The policy in force, or null when the service has none; 404 for an unknown service. */
  async current(serviceId: string): Promise<ApprovalPolicyEntity | null> {
    await this.services.requireExists(serviceId);
    return this.policies.current(serviceId);
  }
}
