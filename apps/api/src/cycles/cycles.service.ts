import { Injectable } from '@nestjs/common';
import type { Actor, CyclePolicy, CycleSelection, CycleState } from '@app/domain';
import { DomainError, withPolicyDefaults } from '@app/domain';
import type { CycleFilter, Page, PageRequest } from '@app/persistence';
import { CycleEntity, CycleRepository, ServiceRepository } from '@app/persistence';
import { Clock, IdGenerator } from '../platform/clock';
import { PrioritizationService } from '../prioritization/prioritization.service';
import { CycleWorkflowGateway } from './cycle-workflow.gateway';

/** Starting cycles and reading them; reads come from the PostgreSQL projection only. */
@Injectable()
export class CyclesService {
  constructor(
    private readonly cycles: CycleRepository,
    private readonly services: ServiceRepository,
    private readonly workflows: CycleWorkflowGateway,
    private readonly prioritization: PrioritizationService,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
  ) {}

  /** Starts an improvement cycle for a service that has none active. */
  async start(
    serviceId: string,
    policy: Partial<CyclePolicy> | undefined,
    actor: Actor,
  ): Promise<CycleState> {
    await this.services.requireExists(serviceId);
    const active = await this.cycles.findActiveForService(serviceId);
    if (active) {
      throw DomainError.conflict(`service ${serviceId} already has an active cycle ${active.id}`);
    }
    const requestedAt = this.clock.now().toISOString();
    const selection = await this.selection(serviceId, requestedAt);
    // The workflow re-checks through the database's unique index, which settles concurrent starts.
    return this.workflows.start({
      cycleId: this.ids.newId(),
      serviceId,
      policy: withPolicyDefaults(policy),
      startedBy: { id: actor.id, roles: actor.roles },
      requestedAt,
      ...(selection ? { selection } : {}),
    });
  }

  /** The service's place in today's default ranking, kept with the cycle for auditors. */
  private async selection(
    serviceId: string,
    computedAt: string,
  ): Promise<CycleSelection | undefined> {
    const ranking = await this.prioritization.rank(null, null);
    const entry = ranking.items.find((item) => item.serviceId === serviceId);
    return entry
      ? {
          rule: 'seed',
          surveyId: ranking.surveyId,
          period: ranking.period,
          rank: entry.rank,
          rankedServices: ranking.items.length,
          meanScore: entry.meanScore,
          endCustomers: entry.endCustomers,
          reworkRate: entry.reworkRate,
          reasons: entry.reasons,
          computedAt,
        }
      : undefined;
  }

  async get(id: string): Promise<CycleEntity> {
    const cycle = await this.cycles.findById(id);
    if (!cycle) {
      throw DomainError.notFound('cycle', id);
    }
    return cycle;
  }

  list(filter: CycleFilter, page: PageRequest): Promise<Page<CycleEntity>> {
    return this.cycles.list(filter, page);
  }

  awaitingDecision(limit: number): Promise<CycleEntity[]> {
    return this.cycles.awaitingDecision(limit);
  }
}
