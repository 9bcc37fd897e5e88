import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  Client,
  Connection,
  WithStartWorkflowOperation,
  WorkflowUpdateFailedError,
} from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import type {
  CycleActivities,
  CycleState,
  RecordCycleStartedResult,
  StartCycleInput,
} from '@app/domain';
import {
  CycleFailureType,
  cycleWorkflowId,
  DEFAULT_CYCLE_POLICY,
  getCycleQuery,
  IMPROVEMENT_CYCLE_WORKFLOW,
  Role,
  waitUntilRecordedUpdate,
} from '@app/domain';
import { testEnvironment } from '../support/test-environment';

// RECORD_HISTORIES=1 writes each run's history under test/replay/histories for the replay tier.
const RECORD = process.env.RECORD_HISTORIES === '1';

describe('improvement-cycle workflow on a real Temporal server', () => {
  const taskQueue = `workflow-test-${randomUUID()}`;
  let connection: Connection;
  let workerConnection: NativeConnection;
  let client: Client;
  let worker: Worker;
  let running: Promise<void>;
  const recorded: CycleState[] = [];
  let nextOutcome: RecordCycleStartedResult = { outcome: 'recorded' };

  const activities: CycleActivities = {
    recordCycleStarted: async (state) => {
      recorded.push(state);
      return nextOutcome;
    },
    recordCycleEvent: async () => undefined,
    readKpi: async () => null,
  };

  beforeAll(async () => {
    Runtime.install({ logger: new DefaultLogger('WARN') });
    const env = testEnvironment();
    connection = await Connection.connect({ address: env.temporalAddress });
    client = new Client({ connection });
    workerConnection = await NativeConnection.connect({ address: env.temporalAddress });
    worker = await Worker.create({
      connection: workerConnection,
      taskQueue,
      workflowBundle: { codePath: env.workflowBundlePath },
      activities,
    });
    running = worker.run();
  });

  afterAll(async () => {
    worker.shutdown();
    await running;
    await workerConnection.close();
    await connection.close();
  });

  const input = (): StartCycleInput => ({
    cycleId: randomUUID(),
    serviceId: randomUUID(),
    policy: DEFAULT_CYCLE_POLICY,
    startedBy: { id: 'iris', roles: [Role.Improver] },
    requestedAt: '2026-11-22T09:00:00.000Z',
  });

  const start = (cycle: StartCycleInput) =>
    client.workflow.executeUpdateWithStart(waitUntilRecordedUpdate, {
      startWorkflowOperation: new WithStartWorkflowOperation(IMPROVEMENT_CYCLE_WORKFLOW, {
        workflowId: cycleWorkflowId(cycle.cycleId),
        taskQueue,
        args: [cycle],
        workflowIdConflictPolicy: 'FAIL',
      }),
    });

  const saveHistory = async (workflowId: string, name: string) => {
    if (RECORD) {
      const history = await client.workflow.getHandle(workflowId).fetchHistory();
      const dir = join(__dirname, '..', 'replay', 'histories');
      mkdirSync(dir, { recursive: true });
      // Canonical proto JSON, the format `temporal workflow show -o json` and the Web UI export.
      writeFileSync(join(dir, `${name}.json`), historyToJSON(history));
    }
  };

  it('records the cycle through its activity, answers the start update, and rests in gap identification', async () => {
    nextOutcome = { outcome: 'recorded' };
    const cycle = input();

    const snapshot = await start(cycle);

    expect(snapshot).toEqual({
      cycleId: cycle.cycleId,
      serviceId: cycle.serviceId,
      stage: 'gap_identification',
      status: 'in_progress',
      policy: DEFAULT_CYCLE_POLICY,
      previousCycleId: null,
      startedAt: cycle.requestedAt,
    });
    expect(recorded.filter((r) => r.cycleId === cycle.cycleId)).toHaveLength(1);
    const handle = client.workflow.getHandle(cycleWorkflowId(cycle.cycleId));
    expect(await handle.query(getCycleQuery)).toEqual(snapshot);
    expect((await handle.describe()).status.name).toBe('RUNNING');
    await saveHistory(handle.workflowId, 'cycle-started');
    await handle.terminate('test done');
  });

  it('refuses the start with ActiveCycleExists when the service already has an active cycle, and ends', async () => {
    const activeCycleId = randomUUID();
    nextOutcome = { outcome: 'active_cycle_exists', activeCycleId };
    const cycle = input();

    const error = await start(cycle).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(WorkflowUpdateFailedError);
    const cause = (error as WorkflowUpdateFailedError).cause;
    expect(cause).toBeInstanceOf(ApplicationFailure);
    expect((cause as ApplicationFailure).type).toBe(CycleFailureType.ActiveCycleExists);
    expect((cause as ApplicationFailure).message).toContain(activeCycleId);

    const handle = client.workflow.getHandle(cycleWorkflowId(cycle.cycleId));
    const result = (await handle.result()) as CycleState;
    expect(result).toMatchObject({ stage: 'cancelled', status: 'cancelled' });
    await saveHistory(handle.workflowId, 'cycle-refused-active-exists');
  });
});
