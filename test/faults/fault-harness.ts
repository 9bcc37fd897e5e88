import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client, Connection } from '@temporalio/client';
import type { CycleState } from '@app/domain';
import { getCycleQuery } from '@app/domain';
import { waitUntil } from '@app/local-stack';
import { createApiApp } from '../../apps/api/src/create-api-app';
import { ApiSettings } from '../../apps/api/src/platform/api-settings';
import { killHard, spawnBuiltWorker } from '../support/built-worker';
import { causes, gap, initiatives } from '../support/cycle-steps';
import { queryDatabase } from '../support/database';
import { createService } from '../support/factories';
import type { HttpResponse } from '../support/http-client';
import { HttpClient } from '../support/http-client';
import { APP_ROLE, appDatabaseUrl, testEnvironment } from '../support/test-environment';
import { users } from '../support/users';

/** The API in this process and the built worker as a process of its own, on one task queue. */
export class FaultStack {
  readonly taskQueue = `faults-${randomUUID()}`;
  http!: HttpClient;
  private worker?: ChildProcess;
  private closeApi?: () => Promise<void>;
  /** Every 5xx answered to a well-formed request, with when it happened. */
  readonly serverErrors: ServerError[] = [];

  /**
   * `workerEnv`: more settings for the worker process; `webhookAllowedHosts` for the API;
   * `workerTemporalAddress`: where the worker reaches Temporal, when not where the API does;
   * `onWorkerOutput` hears the worker's log lines.
   */
  constructor(
    private readonly temporalAddress: string,
    private readonly options: {
      workerEnv?: Record<string, string>;
      webhookAllowedHosts?: string[];
      workerTemporalAddress?: string;
      onWorkerOutput?: (text: string) => void;
    } = {},
  ) {}

  async start(): Promise<void> {
    const env = testEnvironment();
    const app = await createApiApp(
      new ApiSettings({
        databaseUrl: appDatabaseUrl(),
        databasePoolSize: 4,
        databaseRole: APP_ROLE,
        temporalAddress: this.temporalAddress,
        temporalNamespace: 'default',
        taskQueue: this.taskQueue,
        jwtSecret: env.jwtSecret,
        bodyLimit: 64 * 1024,
        rateLimitPerMinute: 1_000_000,
        webhookAllowedHosts: this.options.webhookAllowedHosts,
        // Production's waits: a command answers 503 only if it is not confirmed in 15 s.
      }),
      false,
    );
    await app.listen(0, '127.0.0.1');
    this.closeApi = () => app.close();
    this.http = new HttpClient(
      `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`,
      env.jwtSecret,
    );
    this.startWorker();
  }

  startWorker(): void {
    this.worker = spawnBuiltWorker(
      this.taskQueue,
      this.options.workerTemporalAddress ?? this.temporalAddress,
      this.options.workerEnv,
      this.options.onWorkerOutput,
    );
  }

  /** kill -9: no shutdown, activities cut off mid-flight. */
  killWorker(): Promise<void> {
    return killHard(this.worker);
  }

  async close(): Promise<void> {
    await this.killWorker();
    await this.closeApi?.();
  }

  /** Sends a command as a careful client does (see `sendWithRetries`). */
  send(
    method: string,
    path: string,
    body: unknown,
    as = users.improver,
    deadlineMs = 90_000,
  ): Promise<HttpResponse> {
    return sendWithRetries({ method, path, deadlineMs }, this.serverErrors, (headers) =>
      this.http.request(method, path, { as, body, headers }),
    );
  }
}

/** A 5xx answer a client got, and when. */
export interface ServerError {
  at: number;
  status: number;
  path: string;
}

/**
 * Sends a command the way a careful client does: the same Idempotency-Key on every attempt,
 * retried while the answer is 5xx or the connection fails, until `deadlineMs`. Each 5xx goes to
 * `serverErrors`; `attempt` sends one try with the key's headers.
 */
export async function sendWithRetries(
  command: { method: string; path: string; deadlineMs: number },
  serverErrors: ServerError[],
  attempt: (headers: Record<string, string>) => Promise<HttpResponse>,
): Promise<HttpResponse> {
  const headers = { 'idempotency-key': `fault-${randomUUID()}` };
  const until = Date.now() + command.deadlineMs;
  for (;;) {
    try {
      const answer = await attempt(headers);
      if (answer.status < 500) {
        return answer;
      }
      serverErrors.push({ at: Date.now(), status: answer.status, path: command.path });
    } catch {
      // a refused or cut connection: the next attempt may reach a live API
    }
    if (Date.now() > until) {
      throw new Error(
        `${command.method} ${command.path} got no answer below 500 in ${command.deadlineMs} ms`,
      );
    }
    await sleep(300);
  }
}

/** What drives and checks use of a stack: its client, the 5xx it saw, and a retrying send. */
export type FaultClient = Pick<FaultStack, 'http' | 'serverErrors' | 'send'>;

/** The actions a cycle driven through its first two gates records, in order. */
export const TWO_GATES = [
  'cycle_started',
  'gap_recorded',
  'stage_submitted',
  'stage_approved',
  'root_causes_recorded',
  'stage_submitted',
  'stage_approved',
];

/**
 * Drives `count` cycles at once; `started()` tells how many cycles exist (their services and
 * starts recorded), `unfinished()` how many are still under way.
 */
export function driveCycles(
  stack: FaultClient,
  count: number,
): { done: Promise<string[]>; started: () => number; unfinished: () => number } {
  let finished = 0;
  let started = 0;
  const drives = Array.from({ length: count }, () =>
    driveCycle(stack, () => (started += 1)).then((id) => {
      finished += 1;
      return id;
    }),
  );
  return { done: Promise.all(drives), started: () => started, unfinished: () => count - finished };
}

/** Starts a cycle and takes it through two gates, every command retried until answered. */
export async function driveCycle(stack: FaultClient, onStarted = () => {}): Promise<string> {
  const service = await createService(stack.http);
  const started = await stack.send('POST', '/v1/cycles', { serviceId: service.id });
  expectStatus(started, 202);
  onStarted();
  const id = started.body.id as string;
  const steps: [string, string, unknown, typeof users.improver][] = [
    ['PUT', 'gap', gap(), users.improver],
    ['POST', 'submit', {}, users.improver],
    ['POST', 'decisions', { decision: 'approve' }, users.manager],
    ['PUT', 'root-causes', causes, users.improver],
    ['POST', 'submit', {}, users.improver],
    ['POST', 'decisions', { decision: 'approve' }, users.manager],
  ];
  for (const [method, step, body, as] of steps) {
    expectStatus(await stack.send(method, `/v1/cycles/${id}/${step}`, body, as), 200);
  }
  return id;
}

function expectStatus(answer: HttpResponse, status: number): void {
  if (answer.status !== status) {
    throw new Error(`expected ${status}, got ${answer.status}: ${JSON.stringify(answer.body)}`);
  }
}

/**
 * The five invariants after a fault: every acknowledged command in the history exactly once, in
 * order; every chain verifies; the projection equals the workflow's state; no workflow is stuck;
 * no 5xx once the fault cleared.
 */
export async function checkInvariants(
  stack: FaultClient,
  temporalAddress: string,
  cycles: { id: string; actions: string[] }[],
  faultClearedAt: number,
): Promise<void> {
  const connection = await Connection.connect({ address: temporalAddress });
  try {
    const client = new Client({ connection });
    for (const cycle of cycles) {
      const history = (
        await stack.http.get(`/v1/cycles/${cycle.id}/history`, { as: users.auditor })
      ).body.items;
      expect({
        cycle: cycle.id,
        actions: history.map((event: { action: string }) => event.action),
      }).toEqual({
        cycle: cycle.id,
        actions: cycle.actions,
      });
      const verified = (
        await stack.http.get(`/v1/cycles/${cycle.id}/history/verify`, { as: users.auditor })
      ).body;
      expect({ cycle: cycle.id, valid: verified.valid }).toEqual({ cycle: cycle.id, valid: true });

      const handle = client.workflow.getHandle(`cycle-${cycle.id}`);
      const state: CycleState = await handle.query(getCycleQuery);
      const [row] = await queryDatabase<{ stage: string; status: string; version: number }>(
        'SELECT stage, status, version FROM cycles WHERE id = $1',
        [cycle.id],
      );
      expect({ cycle: cycle.id, ...row }).toEqual({
        cycle: cycle.id,
        stage: state.stage,
        status: state.status,
        version: state.eventCount,
      });

      // Not stuck: nothing left pending, and it still takes a command.
      await waitUntil(
        `cycle ${cycle.id} to settle`,
        async () => (await handle.describe()).raw.pendingActivities?.length === 0,
        {
          timeoutMs: 30_000,
          intervalMs: 200,
        },
      );
    }
    expect(stack.serverErrors.filter((error) => error.at > faultClearedAt)).toEqual([]);
  } finally {
    await connection.close();
  }
}

/**
 * Once the fault cleared: one more command on every driven cycle, then the five invariants over
 * their whole histories.
 */
export async function continueAndCheck(
  stack: FaultClient,
  temporalAddress: string,
  ids: string[],
): Promise<void> {
  const clearedAt = Date.now();
  for (const id of ids) {
    expect((await stack.send('PUT', `/v1/cycles/${id}/initiatives`, initiatives())).status).toBe(
      200,
    );
  }
  await checkInvariants(
    stack,
    temporalAddress,
    ids.map((id) => ({ id, actions: [...TWO_GATES, 'initiatives_recorded'] })),
    clearedAt,
  );
}
