import { randomUUID } from 'node:crypto';
import { AUDIT_CHECKPOINTS_WORKFLOW } from '@app/domain';
import { recordHistoryIfAsked } from '../support/record-history';
import type { StubbedCycleWorker } from '../support/stubbed-cycle-worker';
import { startStubbedCycleWorker } from '../support/stubbed-cycle-worker';

describe('the audit checkpoint workflow a Schedule starts', () => {
  const taskQueue = `audit-checkpoints-test-${randomUUID()}`;
  let temporal: StubbedCycleWorker;
  let attempts = 0;

  beforeAll(async () => {
    temporal = await startStubbedCycleWorker(taskQueue, {
      recordCycleStarted: async () => ({ outcome: 'recorded' }),
      recordCycleEvent: async () => undefined,
      recordCycleChange: async () => undefined,
      readKpi: async () => null,
      readApprovalPolicy: async () => null,
      confirmDelegation: async () => false,
      // The database is down for the first try: the run retries rather than skipping the hour.
      signChangedChainHeads: async () => {
        attempts += 1;
        if (attempts === 1) {
          throw new Error('database unreachable');
        }
        return 3;
      },
    });
  });

  afterAll(() => temporal.close());

  it('signs the changed heads through its activity, retrying a failed attempt', async () => {
    const handle = await temporal.client.workflow.start(AUDIT_CHECKPOINTS_WORKFLOW, {
      workflowId: `audit-checkpoints-${randomUUID()}`,
      taskQueue,
      args: [],
    });

    expect(await handle.result()).toBe(3);
    expect(attempts).toBe(2);
    await recordHistoryIfAsked(handle.workflowId, 'audit-checkpoints-signed-after-a-retry');
  });
});
