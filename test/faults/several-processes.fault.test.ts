import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { waitUntil } from '@app/local-stack';
import type { BuiltApi } from '../support/built-api';
import { spawnBuiltApi } from '../support/built-api';
import { killHard, spawnBuiltWorker } from '../support/built-worker';
import { expectOk, gap } from '../support/cycle-steps';
import { createService } from '../support/factories';
import type { HttpClient, HttpResponse } from '../support/http-client';
import { testEnvironment } from '../support/test-environment';
import { users } from '../support/users';
import type { FaultClient, ServerError } from './fault-harness';
import { checkInvariants, continueAndCheck, driveCycles, sendWithRetries } from './fault-harness';

/**
 * Two built API processes and two built workers on one task queue, one Temporal server and one
 * PostgreSQL. Commands go to the APIs in turn; a retry (same Idempotency-Key) goes to the next
 * live one, as behind a load balancer.
 */
class SeveralProcesses implements FaultClient {
  readonly taskQueue = `several-${randomUUID()}`;
  readonly serverErrors: ServerError[] = [];
  apis: BuiltApi[] = [];
  workers: ChildProcess[] = [];
  private readonly dead = new Set<number>();
  private readonly inFlight = [0, 0];
  private turn = 0;

  constructor(private readonly temporalAddress: string) {}

  async start(): Promise<void> {
    this.workers = [0, 1].map(() => spawnBuiltWorker(this.taskQueue, this.temporalAddress));
    this.apis = await Promise.all(
      [0, 1].map(() => spawnBuiltApi(this.taskQueue, this.temporalAddress)),
    );
  }

  /** The next live API, in turn. */
  private nextApi(): number {
    for (;;) {
      const index = this.turn++ % this.apis.length;
      if (!this.dead.has(index)) {
        return index;
      }
    }
  }

  get http(): HttpClient {
    return this.apiAt(this.nextApi()).http;
  }

  apiAt(index: number): BuiltApi {
    const api = this.apis[index];
    if (!api) {
      throw new Error(`no API ${index}`);
    }
    return api;
  }

  commandsInFlight(index: number): number {
    return this.inFlight[index] ?? 0;
  }

  /** kill -9 an API: its requests in flight are cut off; nothing is sent to it after. */
  killApi(index: number): Promise<void> {
    this.dead.add(index);
    return killHard(this.apiAt(index).process);
  }

  killWorker(index: number): Promise<void> {
    return killHard(this.workers[index]);
  }

  async close(): Promise<void> {
    await Promise.all([
      ...this.workers.map((worker) => killHard(worker)),
      ...this.apis.map((api) => killHard(api.process)),
    ]);
  }

  /** As FaultStack.send, each attempt to the next live API. */
  send(
    method: string,
    path: string,
    body: unknown,
    as = users.improver,
    deadlineMs = 90_000,
  ): Promise<HttpResponse> {
    return sendWithRetries({ method, path, deadlineMs }, this.serverErrors, async (headers) => {
      const index = this.nextApi();
      this.inFlight[index] = this.commandsInFlight(index) + 1;
      try {
        // Killed with this request in flight, the API fails it: the next attempt goes elsewhere.
        return await this.apiAt(index).http.request(method, path, { as, body, headers });
      } finally {
        this.inFlight[index] = this.commandsInFlight(index) - 1;
      }
    });
  }
}

describe('fault: two APIs and two workers; one of each killed with SIGKILL mid-flight', () => {
  const temporalAddress = testEnvironment().temporalAddress;
  const cluster = new SeveralProcesses(temporalAddress);
  beforeAll(() => cluster.start());
  afterAll(() => cluster.close());

  const started = ['cycle_started', 'gap_recorded', 'stage_submitted'];

  it('answers a key the same through either API, and refuses its reuse in both', async () => {
    const [first, second] = [cluster.apiAt(0).http, cluster.apiAt(1).http];
    const key = `across-${randomUUID()}`;
    const headers = { 'idempotency-key': key };
    const service = await createService(first);
    const start = (http: HttpClient) =>
      http.post('/v1/cycles', { serviceId: service.id }, { as: users.improver, headers });
    const startedHere = expectOk(await start(first), 202).body;
    expect(expectOk(await start(second), 202).body).toEqual(startedHere);

    const id = startedHere.id as string;
    expectOk(
      await first.request('PUT', `/v1/cycles/${id}/gap`, { as: users.improver, body: gap() }),
    );
    expectOk(await second.post(`/v1/cycles/${id}/submit`, {}, { as: users.improver }));
    const decisionKey = { 'idempotency-key': `decision-${randomUUID()}` };
    const decide = (http: HttpClient, decision: string) =>
      http.post(
        `/v1/cycles/${id}/decisions`,
        { decision, reason: 'checked' },
        { as: users.manager, headers: decisionKey },
      );
    const approved = expectOk(await decide(first, 'approve')).body;
    expect(expectOk(await decide(second, 'approve')).body).toEqual(approved);
    const reused = await decide(second, 'reject');
    expect(reused.status).toBe(422);
    expect(reused.body.type).toMatch(/idempotency-key-reused$/);

    await checkInvariants(
      cluster,
      temporalAddress,
      [{ id, actions: [...started, 'stage_approved'] }],
      0,
    );
  });

  it('loses and doubles nothing when a worker and an API die with commands in flight', async () => {
    const drives = driveCycles(cluster, 8);
    await waitUntil('every cycle to be started', async () => drives.started() === 8, {
      timeoutMs: 120_000,
      intervalMs: 50,
    });
    await cluster.killWorker(0);
    // The fault must hit commands in flight on the API that dies, or it proves nothing.
    await waitUntil('commands in flight on API 1', async () => cluster.commandsInFlight(0) > 0, {
      timeoutMs: 30_000,
      intervalMs: 10,
    });
    const cutOff = cluster.commandsInFlight(0);
    await cluster.killApi(0);
    expect(cutOff).toBeGreaterThan(0);
    expect(drives.unfinished()).toBeGreaterThan(0);

    // Every command retried with its key through the surviving API, then one more on each cycle.
    await continueAndCheck(cluster, temporalAddress, await drives.done);
  });
});
