import { AreaEntity } from './area.entity';
import { AuditChainEntity } from './audit-chain.entity';
import { AuditEventEntity } from './audit-event.entity';
import { CycleEntity } from './cycle.entity';
import { KpiMeasurementEntity } from './kpi-measurement.entity';
import { KpiEntity } from './kpi.entity';
import { ServiceConsumerEntity } from './service-consumer.entity';
import { ServiceEntity } from './service.entity';

export {
  AreaEntity,
  AuditChainEntity,
  AuditEventEntity,
  CycleEntity,
  KpiEntity,
  KpiMeasurementEntity,
  ServiceConsumerEntity,
  ServiceEntity,
};

export const ENTITIES = [
  AreaEntity,
  ServiceEntity,
  ServiceConsumerEntity,
  CycleEntity,
  AuditChainEntity,
  AuditEventEntity,
  KpiEntity,
  KpiMeasurementEntity,
];
