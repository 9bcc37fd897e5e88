import type { CatalogFields } from '@app/domain';
import type { ServiceEntity } from '../entities/service.entity';

export interface ServiceRecord extends ServiceEntity {
  consumerAreaIds: string[];
}

/** The promise a service's provider makes, as the service's answer shows it. */
export interface ServiceStandard {
  description: string;
  responseTimeHours?: number;
}

/** What an edit may change; a field left out stays as it is, null clears a nullable one. */
export interface ServiceChanges {
  name?: string;
  description?: string | null;
  standard?: { description: string; responseTimeHours?: number | null } | null;
  critical?: boolean;
  consumerAreaIds?: string[];
}

/** The standard as the answer shows it: absent parts left out, none at all null. */
export function serviceStandard(service: ServiceEntity): ServiceStandard | null {
  if (service.standardDescription === null) {
    return null;
  }
  return {
    description: service.standardDescription,
    ...(service.standardResponseTimeHours === null
      ? {}
      : { responseTimeHours: service.standardResponseTimeHours }),
  };
}

/** A service's fields as its answer shows them: what its change events record. */
export function serviceFields(service: ServiceRecord): CatalogFields {
  return {
    name: service.name,
    description: service.description,
    providerAreaId: service.providerAreaId,
    consumerAreaIds: service.consumerAreaIds,
    standard: serviceStandard(service),
    critical: service.critical,
    retiredAt: service.retiredAt?.toISOString() ?? null,
    retiredReason: service.retiredReason,
  };
}

export function withChanges(service: ServiceRecord, changes: ServiceChanges): ServiceRecord {
  const standard = changes.standard === undefined ? serviceStandard(service) : changes.standard;
  return {
    ...service,
    name: changes.name ?? service.name,
    description: changes.description === undefined ? service.description : changes.description,
    standardDescription: standard?.description ?? null,
    standardResponseTimeHours: standard?.responseTimeHours ?? null,
    critical: changes.critical ?? service.critical,
    consumerAreaIds: changes.consumerAreaIds
      ? [...changes.consumerAreaIds].sort()
      : service.consumerAreaIds,
  };
}
