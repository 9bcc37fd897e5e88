import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot, waitUntil } from '@app/local-stack';
import { expectOk, gap, startCycleOnNewService } from '../support/cycle-steps';
import { queryDatabase } from '../support/database';
import type { TestStack } from '../support/test-stack';
import { startTestStack } from '../support/test-stack';
import { testEnvironment } from '../support/test-environment';
import { users } from '../support/users';

const WORKER = join(projectRoot(), 'dist', 'apps', 'worker', 'src', 'main.js');

describe('a worker killed with SIGKILL in the middle of a stage', () => {
  let stack: TestStack;
  let worker: ChildProcess | undefined;

  /** The built worker as its own process, as `npm start` and docker-compose run it. */
  function startWorker(): ChildProcess {
    const env = testEnvironment();
    const child = spawn(process.execPath, [WORKER], {
      env: {
        PATH: process.env.PATH,
        DATABASE_URL: env.databaseUrl,
        DATABASE_APP_ROLE: 'cycles_app',
        TEMPORAL_ADDRESS: env.temporalAddress,
        TEMPORAL_TASK_QUEUE: stack.taskQueue,
        WORKFLOW_BUNDLE_PATH: env.workflowBundlePath,
        LOG_LEVEL: 'error',
      },
      stdio: 'ignore',
    });
    worker = child;
    return child;
  }

  function kill(child: ChildProcess): Promise<void> {
    return new Promise((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
  }

  beforeAll(async () => {
    if (!existsSync(WORKER)) {
      throw new Error('dist is missing: `npm test` builds it first (npm run build)');
    }
    stack = await startTestStack({ worker: false });
  });
  afterAll(async () => {
    if (worker && worker.exitCode === null) {
      await kill(worker);
    }
    await stack.close();
  });

  it('loses no command and records no audit event twice once a new worker takes over', async () => {
    const first = startWorker();
    const { id } = await startCycleOnNewService(stack.http);
    const put = (key: string) =>
      stack.http.request('PUT', `/v1/cycles/${id}/gap`, {
        as: users.improver,
        body: gap(),
        headers: { 'idempotency-key': key },
      });
    const submit = () =>
      stack.http.post(
        `/v1/cycles/${id}/submit`,
        {},
        { as: users.improver, headers: { 'idempotency-key': `submit-${id}` } },
      );

    // Accepted while the new worker process was still booting: the gap waits for it, nothing is lost.
    expectOk(await put(`gap-${id}`));
    const inFlight = submit();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await kill(first);
    const during = await inFlight;
    expect([200, 503]).toContain(during.status);

    startWorker();
    // As a client would: retry with the same Idempotency-Key while the answer is 503.
    const after = await waitUntil(
      'the submit to be confirmed',
      async () => {
        const response = await submit();
        return response.status === 503 ? undefined : expectOk(response).body;
      },
      { timeoutMs: 60_000, intervalMs: 500 },
    );

    expect(after).toMatchObject({ stage: 'gap_identification', status: 'awaiting_approval' });
    const events = expectOk(await stack.http.get(`/v1/cycles/${id}/history`, { as: users.auditor }))
      .body.items;
    expect(events.map((event: { action: string }) => event.action)).toEqual([
      'cycle_started',
      'gap_recorded',
      'stage_submitted',
    ]);
    expect(await queryDatabase('SELECT status, version FROM cycles WHERE id = $1', [id])).toEqual([
      { status: 'awaiting_approval', version: 3 },
    ]);
    const decided = expectOk(
      await stack.http.post(
        `/v1/cycles/${id}/decisions`,
        { decision: 'approve' },
        { as: users.manager },
      ),
    ).body;
    expect(decided.stage).toBe('root_cause_analysis');
  });
});
