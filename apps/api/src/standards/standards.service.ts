import { Injectable } from '@nestjs/common';
import type { StandardResult } from '@app/domain';
import { DomainError, standardCompliance } from '@app/domain';
import type { ChangeContext } from '@app/persistence';
import { ServiceRepository, StandardResultRepository } from '@app/persistence';
import type { StandardComplianceView } from './standard.dto';

/** How each service met the standard its provider promises, quarter by quarter. */
@Injectable()
export class StandardsService {
  constructor(
    private readonly services: ServiceRepository,
    private readonly results: StandardResultRepository,
  ) {}

  async record(
    serviceId: string,
    result: StandardResult,
    change: ChangeContext,
  ): Promise<StandardComplianceView & { id: string; serviceId: string }> {
    if (result.withinStandard > result.requests) {
      throw DomainError.invalid('withinStandard', 'must not be more than requests');
    }
    await this.services.requireExists(serviceId);
    const { period, requests, withinStandard } = result;
    const saved = await this.results.add({ serviceId, period, requests, withinStandard }, change);
    return { id: saved.id, serviceId, ...complianceOf(saved) };
  }

  /** The service's compliance per quarter, oldest first. */
  async compliance(serviceId: string): Promise<StandardComplianceView[]> {
    await this.services.requireExists(serviceId);
    return (await this.results.forService(serviceId)).map(complianceOf);
  }
}

function complianceOf(result: StandardResult): StandardComplianceView {
  const { period, requests, withinStandard } = result;
  return { period, requests, withinStandard, compliance: standardCompliance(result) };
}
