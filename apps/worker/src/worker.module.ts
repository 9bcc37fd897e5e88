import type { DynamicModule } from '@nestjs/common';
import { Module } from '@nestjs/common';
import { PersistenceModule } from '@app/persistence';
import { CycleProjectionActivities } from './activities/cycle-projection.activities';

export interface WorkerModuleOptions {
  databaseUrl: string;
  databasePoolSize: number;
  databaseRole?: string;
}

/** The worker's application context: activities and what they need, no HTTP server. */
@Module({})
export class WorkerModule {
  static register(options: WorkerModuleOptions): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        PersistenceModule.forRoot({
          url: options.databaseUrl,
          poolSize: options.databasePoolSize,
          role: options.databaseRole,
          applicationName: 'cycles-worker',
        }),
      ],
      providers: [CycleProjectionActivities],
    };
  }
}
