import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { EnvironmentVariables } from '@app/config';
import { projectRoot, temporalConnectionOptions } from '@app/config';
import type { CycleWorkerSettings } from './cycle-worker.factory';
import type { NotificationSettings } from './notifications/notification-settings';

/**
 * The worker's settings from the config: what `main.ts` starts, so a test that starts a worker
 * from a config runs the same options. Throws a ConfigError without TEMPORAL_ADDRESS.
 */
export function cycleWorkerSettings(config: EnvironmentVariables): CycleWorkerSettings {
  const prebuilt = join(projectRoot(), 'dist', 'workflow-bundle.js');
  return {
    temporal: temporalConnectionOptions(config),
    namespace: config.TEMPORAL_NAMESPACE,
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    workflowBundlePath:
      config.WORKFLOW_BUNDLE_PATH ?? (existsSync(prebuilt) ? prebuilt : undefined),
    maxCachedWorkflows: config.WORKER_MAX_CACHED_WORKFLOWS,
    auditCheckpointEvery: config.AUDIT_CHECKPOINT_EVERY,
    deliverySweepEvery: config.DELIVERY_SWEEP_EVERY,
    retention: {
      idempotencyKeys: config.IDEMPOTENCY_KEY_TTL,
      deliveredMessages: config.DELIVERED_MESSAGE_RETENTION,
    },
  };
}

/** How the worker writes and sends messages, from the config. */
export function notificationSettings(config: EnvironmentVariables): NotificationSettings {
  const retryScheduleMs = config.retryScheduleMs();
  return {
    outbox: {
      mail: Boolean(config.SMTP_URL),
      publicUrl: config.publicUrl(),
      attemptLimit: retryScheduleMs.length,
    },
    allowedHosts: config.webhookAllowedHosts(),
    retryScheduleMs,
    smtpUrl: config.SMTP_URL,
    mailFrom: config.MAIL_FROM,
  };
}
