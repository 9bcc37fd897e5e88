import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Logger } from '@app/logging';
import type { IdentityProviderSettings } from '../../apps/api/src/auth/identity-provider-keys';
import type { ConsoleSignIn } from '../../apps/api/src/console/console-settings';
import { createApiApp } from '../../apps/api/src/create-api-app';
import { ApiSettings } from '../../apps/api/src/platform/api-settings';
import type { RunningCycleWorker } from '../../apps/worker/src/cycle-worker.factory';
import {
  createCycleWorker,
  runCycleWorker,
  shutdownCycleWorker,
} from '../../apps/worker/src/cycle-worker.factory';
import type { NotificationSettings } from '../../apps/worker/src/notifications/notification-settings';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { HttpClient } from './http-client';
import { APP_ROLE, appDatabaseUrl, testAuditSigning, testEnvironment } from './test-environment';

export interface TestStack {
  http: HttpClient;
  taskQueue: string;
  settings: ApiSettings;
  /** The stack's Temporal worker, to stop and start as a crash and a redeploy would. */
  worker: WorkerRunner;
  close(): Promise<void>;
}

let runtimeInstalled = false;

/** Temporal's runtime is per process: install it once, logging only warnings. */
function installQuietRuntime(): void {
  if (!runtimeInstalled) {
    Runtime.install({ logger: new DefaultLogger('WARN') });
    runtimeInstalled = true;
  }
}

export class WorkerRunner {
  private running?: {
    worker: RunningCycleWorker;
    context: INestApplicationContext;
    done: Promise<void>;
  };

  /**
   * `notifications`: the worker also writes and delivers webhooks and mail with these;
   * `auditCheckpointEvery`: it signs every changed chain on this Schedule (AUDIT_CHECKPOINT_EVERY).
   */
  constructor(
    private readonly taskQueue: string,
    private readonly notifications?: NotificationSettings,
    private readonly auditCheckpointEvery?: string,
  ) {}

  async start(): Promise<void> {
    installQuietRuntime();
    const env = testEnvironment();
    const temporal = { address: env.temporalAddress };
    const namespace = 'default';
    const context = await NestFactory.createApplicationContext(
      // As production should: logged in as the role that cannot rewrite the audit trail.
      WorkerModule.register({
        databaseUrl: appDatabaseUrl(),
        databasePoolSize: 4,
        databaseRole: APP_ROLE,
        auditSigning: testAuditSigning(this.taskQueue),
        ...(this.notifications
          ? {
              notifications: this.notifications,
              deliveries: { temporal, namespace, taskQueue: this.taskQueue },
            }
          : {}),
      }),
      { logger: false },
    );
    const worker = await createCycleWorker(context, {
      temporal,
      namespace,
      taskQueue: this.taskQueue,
      workflowBundlePath: env.workflowBundlePath,
      deliveries: Boolean(this.notifications),
      auditCheckpointEvery: this.auditCheckpointEvery,
    });
    this.running = { worker, context, done: runCycleWorker(worker) };
  }

  async stop(): Promise<void> {
    const running = this.running;
    this.running = undefined;
    if (!running) {
      return;
    }
    if (this.auditCheckpointEvery) {
      await deleteAuditCheckpointSchedule(this.taskQueue);
    }
    shutdownCycleWorker(running.worker);
    await running.done;
    await running.worker.connection.close();
    await running.context.close();
  }
}

/**
 * The whole product in this test process: the HTTP API on a free port and a Temporal worker on a
 * task queue of its own, against the run's real Temporal server and PostgreSQL database.
 */
export async function startTestStack(
  options: {
    worker?: boolean;
    rateLimitPerMinute?: number;
    cyclePolicyMin?: string;
    bodyLimit?: number;
    /** The API's logger (`createLogger`); no logs without. */
    logger?: Logger;
    /** An identity provider whose tokens the API accepts. */
    identityProvider?: IdentityProviderSettings;
    /** Whether the API also takes HS256 tokens signed with the run's secret (`http` signs those). */
    hs256?: boolean;
    /** The worker writes and delivers messages with these; the API admits their allowed hosts. */
    notifications?: NotificationSettings;
    /** How the console signs in; a pasted token unless given. */
    consoleSignIn?: ConsoleSignIn;
    /** AUDIT_CHECKPOINT_EVERY of the worker: unset, chains are signed only as cycles end. */
    auditCheckpointEvery?: string;
  } = {},
): Promise<TestStack> {
  const env = testEnvironment();
  const taskQueue = `test-${randomUUID()}`;
  const settings = new ApiSettings({
    databaseUrl: appDatabaseUrl(),
    databasePoolSize: 4,
    databaseRole: APP_ROLE,
    temporalAddress: env.temporalAddress,
    temporalNamespace: 'default',
    taskQueue,
    ...(options.hs256 === false ? {} : { jwtSecret: env.jwtSecret }),
    ...(options.identityProvider ? { identityProvider: options.identityProvider } : {}),
    bodyLimit: options.bodyLimit ?? 64 * 1024,
    corsOrigins: ['https://app.example.test'],
    rateLimitPerMinute: options.rateLimitPerMinute ?? 100_000,
    // The API's own default: a start answers once recorded, sooner on a quiet machine.
    cycleStartWaitMs: 5_000,
    commandWaitMs: 5_000,
    // The tests' clocks run in seconds: PT2S approval SLAs, so CYCLE_POLICY_MIN=PT1S.
    cyclePolicyMin: options.cyclePolicyMin ?? 'PT1S',
    webhookAllowedHosts: options.notifications?.allowedHosts,
    consoleSignIn: options.consoleSignIn,
  });
  const worker = new WorkerRunner(taskQueue, options.notifications, options.auditCheckpointEvery);
  if (options.worker !== false) {
    await worker.start();
  }
  const app: NestFastifyApplication = await createApiApp(settings, options.logger ?? false);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return {
    http: new HttpClient(`http://127.0.0.1:${port}`, env.jwtSecret),
    taskQueue,
    settings,
    worker,
    close: async () => {
      await app.close();
      await worker.stop();
    },
  };
}

/** The signing Schedule of a stack's worker outlives it otherwise, in the run's Temporal. */
async function deleteAuditCheckpointSchedule(taskQueue: string): Promise<void> {
  const connection = await Connection.connect({ address: testEnvironment().temporalAddress });
  try {
    await new Client({ connection }).schedule.getHandle(`audit-checkpoints-${taskQueue}`).delete();
  } finally {
    await connection.close();
  }
}
