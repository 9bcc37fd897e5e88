import type { DynamicModule } from '@nestjs/common';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { DatabaseSettings } from './data-source-options';
import { dataSourceOptions } from './data-source-options';
import type { OutboxSettings } from './notifications/notification-outbox';
import { NotificationOutbox, OUTBOX_SETTINGS } from './notifications/notification-outbox';
import { MessageDeliveryRepository } from './repositories/message-delivery.repository';
import { WebhookEndpointRepository } from './repositories/webhook-endpoint.repository';
import { ApprovalPolicyRepository } from './repositories/approval-policy.repository';
import { AreaRepository } from './repositories/area.repository';
import { DelegationRepository } from './repositories/delegation.repository';
import { AuditRepository } from './repositories/audit.repository';
import { AuditCheckpointRepository } from './repositories/audit-checkpoint.repository';
import { AuditSigningKeyRepository } from './repositories/audit-signing-key.repository';
import { CatalogChangeRepository } from './repositories/catalog-change.repository';
import { CycleMeasurementRepository } from './repositories/cycle-measurement.repository';
import { CycleRepository } from './repositories/cycle.repository';
import { IdempotencyKeyRepository } from './repositories/idempotency-key.repository';
import { JourneyRepository } from './repositories/journey.repository';
import { KpiRepository } from './repositories/kpi.repository';
import { MaturityRepository } from './repositories/maturity.repository';
import { OwnedInitiativeRepository } from './repositories/owned-initiative.repository';
import { PendingApprovalRepository } from './repositories/pending-approval.repository';
import { PersonRepository } from './repositories/person.repository';
import { RecordRetentionRepository } from './repositories/record-retention.repository';
import { ServiceAccountRepository } from './repositories/service-account.repository';
import { StandardResultRepository } from './repositories/standard-result.repository';
import { PrioritizationRepository } from './repositories/prioritization.repository';
import { ServiceMatrixRepository } from './repositories/service-matrix.repository';
import { SurveyRepository } from './repositories/survey.repository';
import { VolumeRepository } from './repositories/volume.repository';
import { ServiceRepository } from './repositories/service.repository';

const REPOSITORIES = [
  AreaRepository,
  ServiceRepository,
  CycleRepository,
  AuditRepository,
  AuditCheckpointRepository,
  AuditSigningKeyRepository,
  CatalogChangeRepository,
  CycleMeasurementRepository,
  KpiRepository,
  JourneyRepository,
  SurveyRepository,
  VolumeRepository,
  PrioritizationRepository,
  ServiceMatrixRepository,
  MaturityRepository,
  PendingApprovalRepository,
  IdempotencyKeyRepository,
  PersonRepository,
  ServiceAccountRepository,
  ApprovalPolicyRepository,
  DelegationRepository,
  StandardResultRepository,
  OwnedInitiativeRepository,
  WebhookEndpointRepository,
  MessageDeliveryRepository,
  RecordRetentionRepository,
  NotificationOutbox,
];

/** The database connection and every repository, for the api and the worker alike. */
@Module({})
export class PersistenceModule {
  /** `outbox`: how the worker writes messages; the API records no cycle events, so needs none. */
  static forRoot(settings: DatabaseSettings, outbox?: OutboxSettings): DynamicModule {
    return {
      module: PersistenceModule,
      global: true,
      imports: [
        TypeOrmModule.forRoot({
          ...dataSourceOptions(settings),
          // The database may still be starting next to us (compose, the launcher): keep trying.
          retryAttempts: 30,
          retryDelay: 1_000,
        }),
      ],
      providers: [
        ...REPOSITORIES,
        ...(outbox ? [{ provide: OUTBOX_SETTINGS, useValue: outbox }] : []),
      ],
      exports: REPOSITORIES,
    };
  }
}
