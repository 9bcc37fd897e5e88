import { Injectable } from '@nestjs/common';
import type { PriorityRule, PriorityWeights, RankedService } from '@app/domain';
import { DomainError, rankByDefaultRule, rankByWeights } from '@app/domain';
import type { ChangeContext, ServiceEntity, ServiceVolumeEntity } from '@app/persistence';
import {
  PrioritizationRepository,
  ServiceMatrixRepository,
  ServiceRepository,
  SurveyRepository,
  VolumeRepository,
} from '@app/persistence';

/** Which ranking to compute; each input left out takes its default. */
export interface RankingRequest {
  /** Default: the latest survey with responses. */
  surveyId?: string;
  /** Default: the latest quarter with volumes. */
  period?: string;
  /** Default: `default`. */
  rule?: PriorityRule;
  /** The weighted rule's weights, 0 each when left out; ignored by the default rule. */
  strategyImpact?: number;
  customers?: number;
  margins?: number;
  ease?: number;
  touchpoints?: number;
  /** Default: false, retired services left out. */
  includeRetired?: boolean;
}

export interface Ranking {
  rule: PriorityRule;
  surveyId: string | null;
  period: string | null;
  weights?: PriorityWeights;
  items: RankedService[];
}

export interface ServiceMatrix {
  consumerAreas: { id: string; name: string; kind: string }[];
  services: {
    id: string;
    name: string;
    providerAreaId: string;
    providerAreaName: string;
    critical: boolean;
  }[];
  cells: {
    serviceId: string;
    consumerAreaId: string;
    providerAreaId: string;
    latestRating: unknown;
  }[];
}

export interface VolumeInput {
  /** A quarter, e.g. 2026-Q3. */
  period: string;
  endCustomers: number;
  reworkRate: number;
}

export interface CriteriaInput {
  strategyImpact: number;
  marginsInvolved: number;
  easeOfTransformation: number;
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

  /** The ranking by the requested rule, each criterion's value in every item's `reasons`. */
  async rank(request: RankingRequest = {}): Promise<Ranking> {
    const surveyId = request.surveyId ?? null;
    if (surveyId && !(await this.surveys.findById(surveyId))) {
      throw DomainError.notFound('survey', surveyId);
    }
    const weights = request.rule === 'weighted' ? weightsOf(request) : undefined;
    if (weights && Object.values(weights).every((weight) => weight <= 0)) {
      throw DomainError.invalid('weights', 'at least one weight must be above 0');
    }
    const found = await this.inputs.inputs(
      surveyId,
      request.period ?? null,
      request.includeRetired ?? false,
    );
    return {
      rule: weights ? 'weighted' : 'default',
      surveyId: found.surveyId,
      period: found.period,
      ...(weights ? { weights } : {}),
      items: weights ? rankByWeights(found.services, weights) : rankByDefaultRule(found.services),
    };
  }

  /**
   * Consumer areas x services x provider areas, each cell with its latest survey rating; retired
   * services only with `includeRetired`.
   */
  async serviceMatrix(includeRetired = false): Promise<ServiceMatrix> {
    const cells = await this.matrix.cells(includeRetired);
    const consumerAreas = new Map<string, ServiceMatrix['consumerAreas'][number]>();
    const services = new Map<string, ServiceMatrix['services'][number]>();
    for (const cell of cells) {
      consumerAreas.set(cell.consumerAreaId, {
        id: cell.consumerAreaId,
        name: cell.consumerAreaName,
        kind: cell.consumerAreaKind,
      });
      services.set(cell.serviceId, {
        id: cell.serviceId,
        name: cell.serviceName,
        providerAreaId: cell.providerAreaId,
        providerAreaName: cell.providerAreaName,
        critical: cell.critical,
      });
    }
    return {
      consumerAreas: [...consumerAreas.values()],
      services: [...services.values()].sort(
        (a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id),
      ),
      cells: cells.map(({ serviceId, consumerAreaId, providerAreaId, latestRating }) => ({
        serviceId,
        consumerAreaId,
        providerAreaId,
        latestRating,
      })),
    };
  }

  async recordVolume(
    serviceId: string,
    volume: VolumeInput,
    change: ChangeContext,
  ): Promise<ServiceVolumeEntity> {
    await this.services.requireExists(serviceId);
    const { period, endCustomers, reworkRate } = volume;
    return this.volumes.add({ serviceId, period, endCustomers, reworkRate }, change);
  }

  async setCriteria(
    serviceId: string,
    criteria: CriteriaInput,
    change: ChangeContext,
  ): Promise<ServiceEntity> {
    const { strategyImpact, marginsInvolved, easeOfTransformation } = criteria;
    const updated = await this.services.setCriteria(
      serviceId,
      { strategyImpact, marginsInvolved, easeOfTransformation },
      change,
    );
    if (!updated) {
      throw DomainError.notFound('service', serviceId);
    }
    return updated;
  }
}

function weightsOf(request: RankingRequest): PriorityWeights {
  return {
    strategyImpact: request.strategyImpact ?? 0,
    customers: request.customers ?? 0,
    margins: request.margins ?? 0,
    ease: request.ease ?? 0,
    touchpoints: request.touchpoints ?? 0,
  };
}
