import { Injectable } from '@nestjs/common';
import type { PriorityWeights, RankedService } from '@app/domain';
import { DomainError, rankBySeedRule, rankByWeights } from '@app/domain';
import type { ChangeContext, MatrixCell } from '@app/persistence';
import {
  PrioritizationRepository,
  ServiceMatrixRepository,
  ServiceRepository,
  SurveyRepository,
  VolumeRepository,
} from '@app/persistence';
import type { CriteriaDto, VolumeDto } from './prioritization.dto';

export interface Ranking {
  rule: 'seed' | 'weighted';
  surveyId: string | null;
  period: string | null;
  weights?: PriorityWeights;
  items: RankedService[];
}

/** Which services get an improvement cycle, and the evidence behind the choice. */
@Injectable()
export class PrioritizationService {
  constructor(
    private readonly inputs: PrioritizationRepository,
    private readonly matrix: ServiceMatrixRepository,
    private readonly services: ServiceRepository,
    private readonly surveys: SurveyRepository,
    private readonly volumes: VolumeRepository,
  ) {}

  async rank(
    surveyId: string | null,
    period: string | null,
    weights?: PriorityWeights,
  ): Promise<Ranking> {
    if (surveyId && !(await this.surveys.findById(surveyId))) {
      throw DomainError.notFound('survey', surveyId);
    }
    if (
      weights &&
      weights.strategyImpact + weights.customers + weights.margins + weights.ease <= 0
    ) {
      throw DomainError.invalid('weights', 'at least one weight must be above 0');
    }
    const found = await this.inputs.inputs(surveyId, period);
    return {
      rule: weights ? 'weighted' : 'seed',
      surveyId: found.surveyId,
      period: found.period,
      ...(weights ? { weights } : {}),
      items: weights ? rankByWeights(found.services, weights) : rankBySeedRule(found.services),
    };
  }

  cells(): Promise<MatrixCell[]> {
    return this.matrix.cells();
  }

  async recordVolume(serviceId: string, volume: VolumeDto, change: ChangeContext) {
    await this.services.requireExists(serviceId);
    return this.volumes.add({ serviceId, ...volume }, change);
  }

  async setCriteria(serviceId: string, criteria: CriteriaDto, change: ChangeContext) {
    const updated = await this.services.setCriteria(serviceId, { ...criteria }, change);
    if (!updated) {
      throw DomainError.notFound('service', serviceId);
    }
    return updated;
  }
}
