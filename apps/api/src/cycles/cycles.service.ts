import { Injectable } from '@nestjs/common';
import type { Actor, CyclePolicy, CycleSelection, CycleState, PolicyDuration } from '@app/domain';
import {
  DomainError,
  ErrorCode,
  POLICY_MAXIMUM,
  policyProblems,
  withPolicyDefaults,
} from '@app/domain';
import type { CycleCount, CycleFilter, Page, PageRequest } from '@app/persistence';
import { CycleEntity, CycleRepository, ServiceRepository } from '@app/persistence';
import { ApiSettings } from '../platform/api-settings';
import { Clock } from '../platform/clock';
import { idFromKey, IdGenerator } from '../platform/id-generator';
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
    private readonly settings: ApiSettings,
  ) {}

  /**
   * Starts an improvement cycle for a service in service (not retired) that has none active. With an idempotency key
   * (scoped to caller and route), the cycle id comes from the key: a retry finds the cycle its
   * first attempt started and gets the first answer.
   */
  async start(
    serviceId: string,
    policy: Partial<CyclePolicy> | undefined,
    actor: Actor,
    idempotencyKey?: string,
  ): Promise<CycleState> {
    const fullPolicy = this.boundedPolicy(policy);
    const retiredAt = await this.services.retiredAt(serviceId);
    if (retiredAt) {
      throw DomainError.conflict(
        `service ${serviceId} was retired on ${retiredAt.toISOString()}: reinstate it before starting a cycle`,
      );
    }
    const cycleId = idempotencyKey ? idFromKey(idempotencyKey) : this.ids.newId();
    const active = await this.cycles.findActiveForService(serviceId);
    if (active && active.id !== cycleId) {
      throw DomainError.conflict(`service ${serviceId} already has an active cycle ${active.id}`);
    }
    const requestedAt = this.clock.now().toISOString();
    const selection = await this.selection(serviceId, requestedAt);
    // The workflow re-checks through the database's unique index, which settles concurrent starts.
    const input = {
      cycleId,
      serviceId,
      policy: fullPolicy,
      startedBy: { id: actor.id, roles: actor.roles },
      requestedAt,
      ...(selection ? { selection } : {}),
    };
    return idempotencyKey
      ? this.workflows.start(input, idempotencyKey)
      : this.workflows.start(input);
  }

  /** The policy with its defaults, each clock within CYCLE_POLICY_MIN..its maximum. */
  private boundedPolicy(policy: Partial<CyclePolicy> | undefined): CyclePolicy {
    const full = withPolicyDefaults(policy);
    const minimum = this.settings.cyclePolicyMin;
    // Every bound in the message: a value too large to be a date at all is out of range too.
    const problems = policyProblems(full, minimum).map((problem) => {
      const field = problem.field as PolicyDuration;
      return {
        field: `policy.${field}`,
        message: `${field} must be between ${minimum} and ${POLICY_MAXIMUM[field]}, not ${full[field]}`,
      };
    });
    if (problems.length > 0) {
      throw new DomainError(
        ErrorCode.InvalidInput,
        problems.map((problem) => `${problem.field}: ${problem.message}`).join('; '),
        problems,
      );
    }
    return full;
  }

  /** The service's place in today's default ranking, kept with the cycle for auditors. */
  private async selection(
    serviceId: string,
    computedAt: string,
  ): Promise<CycleSelection | undefined> {
    const ranking = await this.prioritization.rank();
    const entry = ranking.items.find((item) => item.serviceId === serviceId);
    return entry
      ? {
          rule: 'default',
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

  counts(serviceId?: string): Promise<CycleCount[]> {
    return this.cycles.countByStage(serviceId);
  }
}
