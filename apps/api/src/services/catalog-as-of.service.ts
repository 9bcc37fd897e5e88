import { Injectable } from '@nestjs/common';
import { asItStood, DomainError } from '@app/domain';
import { CatalogChangeRepository } from '@app/persistence';

/** The change events of each kind of entity readable as of a date. */
const CHANGE_ACTIONS = {
  service: ['service_changed', 'service_retired', 'service_reinstated'],
  kpi: ['kpi_changed'],
} as const;

/**
 * A catalog entity as it stood at a past time, rebuilt from its answer now and the change
 * events the catalog chain holds since (each `{ id, version, before, after }`), so what it
 * answers agrees with the chain an auditor verifies. 404 before the entity existed.
 */
@Injectable()
export class CatalogAsOfService {
  constructor(private readonly changes: CatalogChangeRepository) {}

  async asOf<T extends { id: string; version: number; createdAt: string | Date }>(
    kind: keyof typeof CHANGE_ACTIONS,
    current: T,
    at: Date,
  ): Promise<T> {
    if (new Date(current.createdAt).getTime() > at.getTime()) {
      throw DomainError.notFound(`${kind} as of ${at.toISOString()}`, current.id);
    }
    const later = await this.changes.changesAfter<T>(CHANGE_ACTIONS[kind], current.id, at);
    return asItStood(current, later);
  }
}
