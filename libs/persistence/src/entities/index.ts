import { ApprovalPolicyEntity } from './approval-policy.entity';
import { AreaEntity } from './area.entity';
import { AuditChainEntity } from './audit-chain.entity';
import {
  AuditCheckpointEntity,
  AuditCheckpointRefusalEntity,
  AuditKeyRetirementEntity,
  AuditSigningKeyEntity,
} from './audit-checkpoint.entity';
import { AuditEventEntity } from './audit-event.entity';
import { CycleEntity } from './cycle.entity';
import { DelegationEntity } from './delegation.entity';
import { IdempotencyKeyEntity } from './idempotency-key.entity';
import { JourneyEntity } from './journey.entity';
import { KpiMeasurementEntity } from './kpi-measurement.entity';
import { KpiEntity } from './kpi.entity';
import { MaturityAssessmentEntity } from './maturity-assessment.entity';
import { MessageDeliveryEntity } from './message-delivery.entity';
import { OutboundMessageEntity } from './outbound-message.entity';
import { PersonEntity } from './person.entity';
import { ServiceAccountEntity } from './service-account.entity';
import { ServiceConsumerEntity } from './service-consumer.entity';
import { ServiceStandardResultEntity } from './service-standard-result.entity';
import { ServiceVolumeEntity } from './service-volume.entity';
import { ServiceEntity } from './service.entity';
import { SurveyResponseEntity } from './survey-response.entity';
import { SurveyEntity } from './survey.entity';
import { WebhookEndpointEntity } from './webhook-endpoint.entity';

export {
  ApprovalPolicyEntity,
  AreaEntity,
  AuditChainEntity,
  AuditCheckpointEntity,
  AuditCheckpointRefusalEntity,
  AuditKeyRetirementEntity,
  AuditSigningKeyEntity,
  AuditEventEntity,
  CycleEntity,
  DelegationEntity,
  IdempotencyKeyEntity,
  JourneyEntity,
  KpiEntity,
  KpiMeasurementEntity,
  MaturityAssessmentEntity,
  MessageDeliveryEntity,
  OutboundMessageEntity,
  PersonEntity,
  ServiceAccountEntity,
  ServiceConsumerEntity,
  ServiceEntity,
  ServiceStandardResultEntity,
  ServiceVolumeEntity,
  SurveyEntity,
  SurveyResponseEntity,
  WebhookEndpointEntity,
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
  SurveyEntity,
  SurveyResponseEntity,
  ServiceVolumeEntity,
  MaturityAssessmentEntity,
  IdempotencyKeyEntity,
  PersonEntity,
  ServiceAccountEntity,
  ServiceStandardResultEntity,
  ApprovalPolicyEntity,
  DelegationEntity,
  AuditCheckpointEntity,
  AuditSigningKeyEntity,
  AuditKeyRetirementEntity,
  AuditCheckpointRefusalEntity,
  JourneyEntity,
  WebhookEndpointEntity,
  OutboundMessageEntity,
  MessageDeliveryEntity,
];
