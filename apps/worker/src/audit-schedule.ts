import {
  Client,
  Connection,
  ScheduleAlreadyRunning,
  ScheduleOverlapPolicy,
} from '@temporalio/client';
import type { TemporalConnectionOptions } from '@app/config';
import { AUDIT_CHECKPOINTS_WORKFLOW, isoDurationToMs } from '@app/domain';

/**
 * The Temporal Schedule that signs the audit chains' changed heads every `every` (ISO 8601),
 * one per task queue: created when missing, its interval brought to `every` when it exists.
 */
export async function ensureAuditCheckpointSchedule(
  server: TemporalConnectionOptions,
  namespace: string,
  taskQueue: string,
  every: string,
): Promise<void> {
  const connection = await Connection.connect(server);
  try {
    const client = new Client({ connection, namespace });
    const spec = { intervals: [{ every: isoDurationToMs(every, new Date(0)) }] };
    const scheduleId = `audit-checkpoints-${taskQueue}`;
    try {
      await client.schedule.create({
        scheduleId,
        spec,
        action: { type: 'startWorkflow', workflowType: AUDIT_CHECKPOINTS_WORKFLOW, taskQueue },
        policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '1 hour' },
      });
    } catch (error) {
      if (!(error instanceof ScheduleAlreadyRunning)) {
        throw error;
      }
      await client.schedule.getHandle(scheduleId).update((schedule) => ({ ...schedule, spec }));
    }
  } finally {
    await connection.close();
  }
}
