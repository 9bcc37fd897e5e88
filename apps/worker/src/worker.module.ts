import type { DynamicModule } from '@nestjs/common';
import { Module } from '@nestjs/common';
import type { Logger } from '@app/logging';
import { loggerModule } from '@app/logging';
import { PersistenceModule } from '@app/persistence';
import { CycleProjectionActivities } from './activities/cycle-projection.activities';
import { ApprovalPolicyActivities } from './activities/approval-policy.activities';
import { KpiReadingActivities } from './activities/kpi-reading.activities';

export interface WorkerModuleOptions {
  databaseUrl: string;
  databasePoolSize: number;
  databaseRole?: string;
  /** Nest's logger through pino (nestjs-pino): `context.useLogger(context.get(Logger))`. */
  logger?: Logger;
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
      providers: [CycleProjectionActivities, KpiReadingActivities, ApprovalPolicyActivities],
    };
  }
}
