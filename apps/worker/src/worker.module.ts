import type { KeyObject } from 'node:crypto';
import { generateKeyPairSync } from 'node:crypto';
import type { DynamicModule } from '@nestjs/common';
import { Module } from '@nestjs/common';
import type { Logger } from '@app/logging';
import { loggerModule } from '@app/logging';
import { AuditSigner, PersistenceModule } from '@app/persistence';
import { CycleProjectionActivities } from './activities/cycle-projection.activities';
import { ApprovalPolicyActivities } from './activities/approval-policy.activities';
import { AuditCheckpointActivities } from './activities/audit.activities';
import { KpiReadingActivities } from './activities/kpi-reading.activities';

export interface WorkerModuleOptions {
  databaseUrl: string;
  databasePoolSize: number;
  databaseRole?: string;
  /** Nest's logger through pino (nestjs-pino): `context.useLogger(context.get(Logger))`. */
  logger?: Logger;
  /** The Ed25519 key that signs audit checkpoints; unset, one made for this process alone. */
  auditSigningKey?: KeyObject;
}

/** The worker's application context: activities and what they need, no HTTP server. */
@Module({})
export class WorkerModule {
  static register(options: WorkerModuleOptions): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ...(options.logger ? [loggerModule(options.logger)] : []),
        PersistenceModule.forRoot({
          url: options.databaseUrl,
          poolSize: options.databasePoolSize,
          role: options.databaseRole,
          applicationName: 'cycles-worker',
        }),
      ],
      providers: [
        CycleProjectionActivities,
        KpiReadingActivities,
        ApprovalPolicyActivities,
        AuditCheckpointActivities,
        {
          provide: AuditSigner,
          useValue: new AuditSigner(
            options.auditSigningKey ?? generateKeyPairSync('ed25519').privateKey,
          ),
        },
      ],
    };
  }
}
