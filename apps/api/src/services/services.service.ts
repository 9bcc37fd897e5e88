import { Injectable } from '@nestjs/common';
import { AreaKind, DomainError } from '@app/domain';
import type { ChangeContext, Page, PageRequest, ServiceChanges } from '@app/persistence';
import { AreaRepository, ServiceRecord, ServiceRepository } from '@app/persistence';

export interface ServiceInput {
  name: string;
  description?: string | null;
  /** The back area that provides the service. */
  providerAreaId: string;
  /** Its internal customers: the areas, front or back, that depend on it. */
  consumerAreaIds: string[];
  /** The response time or quality level the provider promises. */
  standard?: { description: string; responseTimeHours?: number | null } | null;
  critical?: boolean;
}

@Injectable()
export class ServicesService {
  constructor(
    private readonly services: ServiceRepository,
    private readonly areas: AreaRepository,
  ) {}

  /** A service is provided by one back area to its internal customers, any other areas. */
  async create(input: ServiceInput, change: ChangeContext): Promise<ServiceRecord> {
    await this.requireAreas(input.providerAreaId, input.consumerAreaIds);
    return this.services.create(
      {
        name: input.name,
        description: input.description ?? null,
        providerAreaId: input.providerAreaId,
        consumerAreaIds: input.consumerAreaIds,
        standardDescription: input.standard?.description ?? null,
        standardResponseTimeHours: input.standard?.responseTimeHours ?? null,
        critical: input.critical ?? false,
      },
      change,
    );
  }

  /**
   * Edits the service under the rules of a new one (consumer areas existing, never its provider);
   * `ifMatch` the version the caller read.
   */
  async update(
    id: string,
    changes: ServiceChanges,
    ifMatch: string | undefined,
    change: ChangeContext,
  ): Promise<ServiceRecord> {
    if (changes.consumerAreaIds) {
      const service = await this.get(id);
      await this.requireAreas(service.providerAreaId, changes.consumerAreaIds);
    }
    return this.services.update(id, changes, ifMatch, change);
  }

  /** Retires the service (409 if it is retired already): no new cycle; running ones go on. */
  retire(id: string, reason: string, change: ChangeContext): Promise<ServiceRecord> {
    return this.services.setRetired(id, true, reason, change);
  }

  /** Puts a retired service back in service (409 if it is not retired). */
  reinstate(id: string, reason: string, change: ChangeContext): Promise<ServiceRecord> {
    return this.services.setRetired(id, false, reason, change);
  }

  async get(id: string): Promise<ServiceRecord> {
    const service = await this.services.findById(id);
    if (!service) {
      throw DomainError.notFound('service', id);
    }
    return service;
  }

  list(page: PageRequest): Promise<Page<ServiceRecord>> {
    return this.services.list(page);
  }

  /** Every area exists (404), the provider is a back area, and it is none of its consumers. */
  private async requireAreas(providerAreaId: string, consumerAreaIds: string[]): Promise<void> {
    const ids = [providerAreaId, ...consumerAreaIds];
    const found = new Map((await this.areas.findByIds(ids)).map((area) => [area.id, area]));
    const missing = ids.find((id) => !found.has(id));
    if (missing) {
      throw DomainError.notFound('area', missing);
    }
    if (found.get(providerAreaId)?.kind !== AreaKind.Back) {
      throw DomainError.invalid('providerAreaId', 'the provider must be a back area');
    }
    const provider = consumerAreaIds.indexOf(providerAreaId);
    if (provider >= 0) {
      throw DomainError.invalid(
        `consumerAreaIds.${provider}`,
        'the provider is not an internal customer of its own service',
      );
    }
  }
}
