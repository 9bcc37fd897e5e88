import { randomUUID } from 'node:crypto';
import type { RetentionPeriods } from '@app/domain';
import { PRUNE_EXPIRED_RECORDS_WORKFLOW, SWEEP_DELIVERIES_WORKFLOW } from '@app/domain';
import { recordHistoryIfAsked } from '../support/record-history';
import type { StubbedCycleWorker } from '../support/stubbed-cycle-worker';
import { recordingActivities, startStubbedCycleWorker } from '../support/stubbed-cycle-worker';

describe('the housekeeping workflows the worker’s Schedules start', () => {
  const taskQueue = `operations-test-${randomUUID()}`;
  let temporal: StubbedCycleWorker;
  let sweeps = 0;
  const pruned: RetentionPeriods[] = [];

  beforeAll(async () => {
    temporal = await startStubbedCycleWorker(taskQueue, {
      ...recordingActivities(new Map()),
      // Temporal is unreachable for the waker at first: the sweep retries rather than waiting
      // a whole interval for the next run.
      wakeDueChannels: async () => {
        sweeps += 1;
        if (sweeps === 1) {
          throw new Error('could not wake deliveries of webhook:x: 14 UNAVAILABLE');
        }
        return 2;
      },
      deleteExpiredRecords: async (periods) => {
        pruned.push(periods);
        return { idempotencyKeys: 3, deliveredMessages: 5 };
      },
    });
  });
  afterAll(() => temporal.close());

  it('sweeps the channels with a delivery due, retrying a failed wake', async () => {
    const handle = await temporal.client.workflow.start(SWEEP_DELIVERIES_WORKFLOW, {
      workflowId: `delivery-sweep-${randomUUID()}`,
      taskQueue,
      args: [],
    });

    expect(await handle.result()).toBe(2);
    expect(sweeps).toBe(2);
    await recordHistoryIfAsked(handle.workflowId, 'delivery-sweep-woken-after-a-retry');
  });

  it('prunes with the periods its Schedule carries, and says how many went', async () => {
    const periods = { idempotencyKeys: 'P1D', deliveredMessages: 'P30D' };
    const handle = await temporal.client.workflow.start(PRUNE_EXPIRED_RECORDS_WORKFLOW, {
      workflowId: `record-pruning-${randomUUID()}`,
      taskQueue,
      args: [periods],
    });

    expect(await handle.result()).toEqual({ idempotencyKeys: 3, deliveredMessages: 5 });
    expect(pruned).toEqual([periods]);
    await recordHistoryIfAsked(handle.workflowId, 'record-pruning-with-periods');
  });
});
