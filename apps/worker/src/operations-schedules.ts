import type { ScheduleOptionsAction } from '@temporalio/client';
import {
  Client,
  Connection,
  ScheduleAlreadyRunning,
  ScheduleOverlapPolicy,
} from '@temporalio/client';
import type { Duration } from '@temporalio/common';
import type { TemporalConnectionOptions } from '@app/config';
import type { RetentionPeriods } from '@app/domain';
import {
  isoDurationToMs,
  PRUNE_EXPIRED_RECORDS_WORKFLOW,
  SWEEP_DELIVERIES_WORKFLOW,
} from '@app/domain';
import { deliveriesTaskQueue } from '@app/notifications';

/** Pruning runs hourly: with periods of an hour or more, nothing outlives its period by much. */
export const PRUNE_EVERY = 'PT1H';

export const deliverySweepScheduleId = (taskQueue: string) => `delivery-sweep-${taskQueue}`;
export const recordPruningScheduleId = (taskQueue: string) => `record-pruning-${taskQueue}`;

export interface OperationsScheduleSettings {
  /** How often channels with a delivery due are woken (ISO 8601); unset: no sweep. */
  deliverySweepEvery?: string;
  /** How long records are kept; unset: nothing is pruned. */
  retention?: RetentionPeriods;
}

/**
 * The worker's housekeeping Schedules, one of each per task queue, created when missing and
 * brought to the configuration when they exist. Two, not one: the sweep runs every minute on the
 * delivery workers, and an hourly prune of many rows must never hold a sweep back.
 */
export async function ensureOperationsSchedules(
  server: TemporalConnectionOptions,
  namespace: string,
  taskQueue: string,
  settings: OperationsScheduleSettings,
): Promise<void> {
  if (!settings.deliverySweepEvery && !settings.retention) {
    return;
  }
  const connection = await Connection.connect(server);
  try {
    const client = new Client({ connection, namespace });
    if (settings.deliverySweepEvery) {
      await ensureIntervalSchedule(client, deliverySweepScheduleId(taskQueue), {
        every: settings.deliverySweepEvery,
        catchupWindow: '1 minute',
        action: {
          type: 'startWorkflow',
          workflowType: SWEEP_DELIVERIES_WORKFLOW,
          taskQueue: deliveriesTaskQueue(taskQueue),
          args: [],
        },
      });
    }
    if (settings.retention) {
      await ensureIntervalSchedule(client, recordPruningScheduleId(taskQueue), {
        every: PRUNE_EVERY,
        catchupWindow: '1 hour',
        action: {
          type: 'startWorkflow',
          workflowType: PRUNE_EXPIRED_RECORDS_WORKFLOW,
          taskQueue,
          args: [settings.retention],
        },
      });
    }
  } finally {
    await connection.close();
  }
}

/** Creates the Schedule, or brings an existing one to this interval and action. */
async function ensureIntervalSchedule(
  client: Client,
  scheduleId: string,
  schedule: { every: string; catchupWindow: Duration; action: ScheduleOptionsAction },
): Promise<void> {
  const spec = { intervals: [{ every: isoDurationToMs(schedule.every, new Date(0)) }] };
  try {
    await client.schedule.create({
      scheduleId,
      spec,
      action: schedule.action,
      // One run at a time: a slow run skips the next rather than piling up.
      policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: schedule.catchupWindow },
    });
  } catch (error) {
    if (!(error instanceof ScheduleAlreadyRunning)) {
      throw error;
    }
    await client.schedule.getHandle(scheduleId).update((current) => ({
      ...current,
      spec,
      action: { ...current.action, ...schedule.action },
    }));
  }
}
