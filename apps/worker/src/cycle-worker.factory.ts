import type { INestApplicationContext } from '@nestjs/common';
import { NativeConnection, Worker } from '@temporalio/worker';
import type { TemporalConnectionOptions } from '@app/config';
import type { AuditActivities, CycleActivities, RetentionActivities } from '@app/domain';
import { deliveriesTaskQueue } from '@app/notifications';
import { ApprovalPolicyActivities } from './activities/approval-policy.activities';
import { AuditCheckpointActivities } from './activities/audit.activities';
import { CycleProjectionActivities } from './activities/cycle-projection.activities';
import { KpiReadingActivities } from './activities/kpi-reading.activities';
import { RecordRetentionActivities } from './activities/record-retention.activities';
import { ChannelSweepActivities } from './notifications/delivery-sweep.activities';
import { MessageDeliveryActivities } from './notifications/message-delivery.activities';
import { WorkerDeliveryWaker } from './notifications/worker-delivery-waker';
import { ensureAuditCheckpointSchedule } from './audit-schedule';
import type { OperationsScheduleSettings } from './operations-schedules';
import { ensureOperationsSchedules } from './operations-schedules';
import { ensureCycleSearchAttributes } from './search-attributes';
import { bundleWorkflows } from './workflow-bundle';

export interface CycleWorkerSettings extends OperationsScheduleSettings {
  /** Address, TLS and API key: `temporalConnectionOptions(config)`, as the API connects. */
  temporal: TemporalConnectionOptions;
  namespace: string;
  taskQueue: string;
  /** A prebuilt bundle file; without it the worker bundles the workflow sources itself. */
  workflowBundlePath?: string;
  /** Open cycles kept in memory; the SDK's heap-derived default when unset. */
  maxCachedWorkflows?: number;
  /** How often the audit chains' changed heads are signed (ISO 8601); unset: no schedule. */
  auditCheckpointEvery?: string;
  /**
   * Whether this process also delivers webhooks and mail, on `<taskQueue>-deliveries`, and runs
   * the sweep (`deliverySweepEvery`) there.
   */
  deliveries?: boolean;
}

export interface RunningCycleWorker {
  worker: Worker;
  /** The delivery workflows' worker, when `deliveries` is set: run and shut down beside `worker`. */
  deliveryWorker?: Worker;
  connection: NativeConnection;
}

/**
 * The activity functions Temporal calls, bound to their Nest-managed instances. The keys are the
 * activity names running workflows call: they never change.
 */
export function cycleActivities(
  context: INestApplicationContext,
): CycleActivities & AuditActivities & RetentionActivities {
  const projection = context.get(CycleProjectionActivities);
  const kpiReading = context.get(KpiReadingActivities);
  const approvalPolicy = context.get(ApprovalPolicyActivities);
  const audit = context.get(AuditCheckpointActivities);
  const retention = context.get(RecordRetentionActivities);
  return {
    recordCycleStarted: projection.recordCycleStarted.bind(projection),
    recordCycleEvent: projection.recordCycleEvent.bind(projection),
    recordCycleChange: projection.recordCycleChange.bind(projection),
    readKpi: kpiReading.readKpi.bind(kpiReading),
    readApprovalPolicy: approvalPolicy.readApprovalPolicy.bind(approvalPolicy),
    confirmDelegation: approvalPolicy.confirmDelegation.bind(approvalPolicy),
    signChangedChainHeads: audit.signChangedChainHeads.bind(audit),
    deleteExpiredRecords: retention.deleteExpiredRecords.bind(retention),
  };
}

export async function createCycleWorker(
  context: INestApplicationContext,
  settings: CycleWorkerSettings,
): Promise<RunningCycleWorker> {
  await ensureCycleSearchAttributes(settings.temporal, settings.namespace);
  // Its public key is published before it signs anything: auditors can fetch it at once.
  await context.get(AuditCheckpointActivities).publishKey();
  if (settings.auditCheckpointEvery) {
    await ensureAuditCheckpointSchedule(
      typeof settings.temporal === 'string' ? { address: settings.temporal } : settings.temporal,
      settings.namespace,
      settings.taskQueue,
      settings.auditCheckpointEvery,
    );
  }
  await ensureOperationsSchedules(settings.temporal, settings.namespace, settings.taskQueue, {
    // The sweep runs on the delivery task queue: only a process that delivers may schedule it.
    deliverySweepEvery: settings.deliveries ? settings.deliverySweepEvery : undefined,
    retention: settings.retention,
  });
  const connection = await NativeConnection.connect(settings.temporal);
  const workflowBundle = settings.workflowBundlePath
    ? { codePath: settings.workflowBundlePath }
    : { code: await bundleWorkflows() };
  const worker = await Worker.create({
    connection,
    namespace: settings.namespace,
    taskQueue: settings.taskQueue,
    workflowBundle,
    activities: cycleActivities(context),
    ...(settings.maxCachedWorkflows ? { maxCachedWorkflows: settings.maxCachedWorkflows } : {}),
  });
  if (!settings.deliveries) {
    return { worker, connection };
  }
  // Its own task queue and slots: a receiver that takes 10 s per attempt holds up no cycle.
  const delivery = context.get(MessageDeliveryActivities);
  const sweep = context.get(ChannelSweepActivities);
  const deliveryWorker = await Worker.create({
    connection,
    namespace: settings.namespace,
    taskQueue: deliveriesTaskQueue(settings.taskQueue),
    workflowBundle,
    activities: {
      deliverDueMessages: delivery.deliverDueMessages.bind(delivery),
      wakeDueChannels: sweep.wakeDueChannels.bind(sweep),
    },
  });
  await context.get(WorkerDeliveryWaker).wakeEveryWaitingChannel();
  return { worker, deliveryWorker, connection };
}

/** Runs the worker and its delivery worker until both are shut down. */
export async function runCycleWorker(running: RunningCycleWorker): Promise<void> {
  await Promise.all([running.worker.run(), running.deliveryWorker?.run()]);
}

/** Asks both to stop; `runCycleWorker` resolves once they have drained. */
export function shutdownCycleWorker(running: RunningCycleWorker): void {
  running.worker.shutdown();
  running.deliveryWorker?.shutdown();
}
