import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import type {
  AuditActivities,
  CycleActivities,
  CycleEvent,
  DeliveryActivities,
  DeliverySweepActivities,
  RetentionActivities,
} from '@app/domain';
import { ensureCycleSearchAttributes } from '../../apps/worker/src/search-attributes';
import { testEnvironment } from './test-environment';

/** A worker running the built cycle workflow with the test's activities, and a client to it. */
export interface StubbedCycleWorker {
  client: Client;
  close(): Promise<void>;
}

/** Starts a worker on the test servers' Temporal, polling `taskQueue` until closed. */
export async function startStubbedCycleWorker(
  taskQueue: string,
  activities: CycleActivities &
    Partial<AuditActivities & DeliveryActivities & DeliverySweepActivities & RetentionActivities>,
): Promise<StubbedCycleWorker> {
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const env = testEnvironment();
  await ensureCycleSearchAttributes(env.temporalAddress, 'default');
  const connection = await Connection.connect({ address: env.temporalAddress });
  const workerConnection = await NativeConnection.connect({ address: env.temporalAddress });
  const worker = await Worker.create({
    connection: workerConnection,
    taskQueue,
    workflowBundle: { codePath: env.workflowBundlePath },
    activities,
  });
  const running = worker.run();
  return {
    client: new Client({ connection }),
    async close() {
      worker.shutdown();
      await running;
      await workerConnection.close();
      await connection.close();
    },
  };
}

/**
 * Activities that record every cycle event into `events` (by cycle) and read no KPI, no policy
 * and no delegation; `overrides` replaces any of them.
 */
export function recordingActivities(
  events: Map<string, CycleEvent[]>,
  overrides: Partial<CycleActivities> = {},
): CycleActivities {
  const remember = (cycleId: string, event: CycleEvent): void => {
    events.set(cycleId, [...(events.get(cycleId) ?? []), event]);
  };
  return {
    recordCycleStarted: async (state, event) => {
      remember(state.cycleId, event);
      return { outcome: 'recorded' };
    },
    recordCycleEvent: async (state, event) => remember(state.cycleId, event),
    recordCycleChange: async ({ cycleId, event }) => remember(cycleId, event),
    readKpi: async () => null,
    readApprovalPolicy: async () => null,
    confirmDelegation: async () => false,
    ...overrides,
  };
}
