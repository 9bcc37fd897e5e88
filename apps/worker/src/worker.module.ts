import { generateKeyPairSync } from 'node:crypto';
import type { DynamicModule } from '@nestjs/common';
import { Module } from '@nestjs/common';
import type { Logger } from '@app/logging';
import { loggerModule } from '@app/logging';
import { loadConfig } from '@app/config';
import { PersistenceModule } from '@app/persistence';
import { CycleProjectionActivities } from './activities/cycle-projection.activities';
import { ApprovalPolicyActivities } from './activities/approval-policy.activities';
import { AuditCheckpointActivities } from './activities/audit.activities';
import type { AuditSigningSettings } from './audit/audit-signing-keys';
import { AUDIT_SIGNING_SETTINGS, AuditSigningKeys } from './audit/audit-signing-keys';
import { KpiReadingActivities } from './activities/kpi-reading.activities';
import { RecordRetentionActivities } from './activities/record-retention.activities';
import { ChannelSweepActivities } from './notifications/delivery-sweep.activities';
import { MessageDeliveryActivities } from './notifications/message-delivery.activities';
import type { NotificationSettings } from './notifications/notification-settings';
import { NOTIFICATION_SETTINGS } from './notifications/notification-settings';
import type { DeliveryTarget } from './notifications/worker-delivery-waker';
import { DELIVERY_TARGET, WorkerDeliveryWaker } from './notifications/worker-delivery-waker';
import { notificationSettings } from './worker-settings';

export interface WorkerModuleOptions {
  databaseUrl: string;
  databasePoolSize: number;
  databaseRole?: string;
  /** Nest's logger through pino (nestjs-pino): `context.useLogger(context.get(Logger))`. */
  logger?: Logger;
  /**
   * How checkpoints are signed and the key published. Unset parts: a key made for this process
   * alone (and another when it is revoked), published through `databaseUrl`'s login.
   */
  auditSigning: Partial<Omit<AuditSigningSettings, 'signer'>> & { signer: string };
  /** How messages are written and sent; unset: webhooks only, Standard Webhooks' schedule. */
  notifications?: NotificationSettings;
  /** Where the delivery workflows run; unset, nobody is woken (tests of the recording alone). */
  deliveries?: DeliveryTarget;
}

/** The worker's application context: activities and what they need, no HTTP server. */
@Module({})
export class WorkerModule {
  static register(options: WorkerModuleOptions): DynamicModule {
    // Without settings, the configuration's defaults: no mail, only public https hosts.
    const notifications = options.notifications ?? notificationSettings(loadConfig({}));
    return {
      module: WorkerModule,
      imports: [
        ...(options.logger ? [loggerModule(options.logger)] : []),
        PersistenceModule.forRoot(
          {
            url: options.databaseUrl,
            poolSize: options.databasePoolSize,
            role: options.databaseRole,
            applicationName: 'cycles-worker',
          },
          notifications.outbox,
        ),
      ],
      providers: [
        CycleProjectionActivities,
        KpiReadingActivities,
        ApprovalPolicyActivities,
        AuditCheckpointActivities,
        RecordRetentionActivities,
        MessageDeliveryActivities,
        ChannelSweepActivities,
        WorkerDeliveryWaker,
        { provide: NOTIFICATION_SETTINGS, useValue: notifications },
        ...(options.deliveries ? [{ provide: DELIVERY_TARGET, useValue: options.deliveries }] : []),
        AuditSigningKeys,
        { provide: AUDIT_SIGNING_SETTINGS, useValue: auditSigningSettings(options) },
      ],
    };
  }
}

function auditSigningSettings({
  auditSigning,
  databaseUrl,
}: WorkerModuleOptions): AuditSigningSettings {
  const newKey = () => generateKeyPairSync('ed25519').privateKey;
  return {
    key: auditSigning.key ?? newKey(),
    replaceKey: auditSigning.replaceKey ?? (auditSigning.key ? undefined : newKey),
    signer: auditSigning.signer,
    publisherUrl: auditSigning.publisherUrl ?? databaseUrl,
  };
}
