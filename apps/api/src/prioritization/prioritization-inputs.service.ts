import { Injectable } from '@nestjs/common';
import { DomainError } from '@app/domain';
import type { ServiceVolumeEntity } from '@app/persistence';
import { ServiceRepository, VolumeRepository } from '@app/persistence';

/** What was entered for a service's ranking, read back as it was sent. */
export interface ServiceCriteria {
  serviceId: string;
  strategyImpact: number;
  marginsInvolved: number;
  easeOfTransformation: number;
}

/** The ranking's inputs per service, read back: volumes per quarter and the weighted criteria. */
@Injectable()
export class PrioritizationInputsService {
  constructor(
    private readonly services: ServiceRepository,
    private readonly volumes: VolumeRepository,
  ) {}

  /** Every quarter's volumes, oldest first; 404 for an unknown service. */
  async volumesOf(serviceId: string): Promise<ServiceVolumeEntity[]> {
    await this.services.requireExists(serviceId);
    return this.volumes.ofService(serviceId);
  }

  /** The criteria last set; 404 for an unknown service and for one never rated. */
  async criteriaOf(serviceId: string): Promise<ServiceCriteria> {
    const service = await this.services.findById(serviceId);
    if (!service) {
      throw DomainError.notFound('service', serviceId);
    }
    const { strategyImpact, marginsInvolved, easeOfTransformation } = service;
    if (strategyImpact === null || marginsInvolved === null || easeOfTransformation === null) {
      throw DomainError.notFound('criteria of service', serviceId);
    }
    return { serviceId, strategyImpact, marginsInvolved, easeOfTransformation };
  }
}
