import { Injectable } from '@nestjs/common';
import { AreaKind, DomainError } from '@app/domain';
import type { ChangeContext, Page, PageRequest } from '@app/persistence';
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
    const ids = [input.providerAreaId, ...input.consumerAreaIds];
    const found = new Map((await this.areas.findByIds(ids)).map((area) => [area.id, area]));
    const missing = ids.find((id) => !found.has(id));
    if (missing) {
      throw DomainError.notFound('area', missing);
    }
    if (found.get(input.providerAreaId)?.kind !== AreaKind.Back) {
      throw DomainError.invalid('providerAreaId', 'the provider must be a back area');
    }
    const provider = input.consumerAreaIds.indexOf(input.providerAreaId);
    if (provider >= 0) {
      throw DomainError.invalid(
        `consumerAreaIds.${provider}`,
        'the provider is not an internal customer of its own service',
      );
    }
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
}
