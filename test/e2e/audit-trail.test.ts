import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import {
  expectOk,
  gap,
  reachMonitoring,
  startCycleOnNewService,
  waitForCycle,
  otherManager,
} from '../support/cycle-steps';
import { queryDatabase } from '../support/database';
import { createService } from '../support/factories';
import type { TestStack } from '../support/test-stack';
import { startTestStack } from '../support/test-stack';
import { users } from '../support/users';

describe('the audit trail as an auditor uses it', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(async () => {
    await stack.close();
  });

  /** A manager re-evaluates a cycle in monitoring, then closes it. */
  async function reEvaluateAndClose(id: string, reason: string): Promise<void> {
    expectOk(
      await stack.http.post(
        `/v1/cycles/${id}/re-evaluate-now`,
        { reason: 'Review' },
        // Another manager asks: whoever triggers a re-evaluation does not decide it.
        { as: otherManager },
      ),
    );
    expectOk(
      await stack.http.post(
        `/v1/cycles/${id}/decisions`,
        { decision: 'close', reason },
        { as: users.manager },
      ),
    );
  }

  async function finishedCycle(): Promise<string> {
    const { id } = await startCycleOnNewService(stack.http);
    await reachMonitoring(stack.http, id);
    await reEvaluateAndClose(id, 'Done');
    return id;
  }

  it('reads, exports and verifies a finished cycle, and is refused on writes', async () => {
    const id = await finishedCycle();

    const history = expectOk(
      await stack.http.get(`/v1/cycles/${id}/history`, { as: users.auditor }),
    ).body.items;
    const verified = expectOk(
      await stack.http.get(`/v1/cycles/${id}/history/verify`, { as: users.auditor }),
    ).body;
    // Closed, the cycle's head was signed at once: the chain is checked against that checkpoint.
    expect(verified).toEqual({
      valid: true,
      events: history.length,
      headHash: history.at(-1).hash,
      checkpoint: { seq: history.length, at: expect.any(String), kid: expect.any(String) },
    });
    expect(history.at(-1).action).toBe('cycle_closed');

    const csv = await stack.http.get(`/v1/cycles/${id}/history?format=csv`, { as: users.auditor });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const lines = (csv.body as string).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'seq,occurredAt,cycleId,actorId,actorRoles,action,stage,data,requestId,prevHash,hash',
    );
    expect(lines).toHaveLength(history.length + 1);
    expect(lines.at(-1)).toContain(history.at(-1).hash);

    expect(
      (await stack.http.get(`/v1/cycles/${id}/history/verify`, { as: users.improver })).status,
    ).toBe(403);
    expect(
      (await stack.http.get(`/v1/cycles/${id}/history/verify`, { as: users.admin })).status,
    ).toBe(200);
    expect(
      (await stack.http.post(`/v1/cycles/${id}/cancel`, { reason: 'x' }, { as: users.auditor }))
        .status,
    ).toBe(403);
  });

  it('finds the row someone edited behind the application’s back', async () => {
    const id = await finishedCycle();
    // A superuser with the append-only trigger disabled: the one way left to change a row.
    await queryDatabase(`
      BEGIN;
      ALTER TABLE audit_events DISABLE TRIGGER tr_audit_events_no_change;
      UPDATE audit_events SET data = '{"decision":"approve","reason":"rubber stamp"}' WHERE cycle_id = '${id}' AND seq = 4;
      ALTER TABLE audit_events ENABLE TRIGGER tr_audit_events_no_change;
      COMMIT;`);

    const verified = expectOk(
      await stack.http.get(`/v1/cycles/${id}/history/verify`, { as: users.auditor }),
    ).body;

    expect(verified).toMatchObject({
      valid: false,
      brokenAt: 4,
      reason: 'the event does not match its hash',
    });
  });

  it('streams 100,000 events as CSV without holding them in memory', async () => {
    const { id } = await startCycleOnNewService(stack.http);
    await queryDatabase(
      `INSERT INTO audit_events (chain, seq, event_key, cycle_id, occurred_at, actor_id, actor_roles, action, stage, data, prev_hash, hash)
       SELECT 'cycle:' || $1, n, 'bulk:' || $1 || ':' || n, $1::uuid, now(), 'loader', '["improver"]', 'initiative_progress_reported',
              'execution_monitoring', jsonb_build_object('note', repeat('x', 200), 'n', n), repeat('a', 64), repeat('b', 64)
       FROM generate_series(2, 100001) AS n`,
      [id],
    );

    // Live memory, not garbage: collect before each sample.
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    gc();
    const baseline = process.memoryUsage().heapUsed;
    const startedAt = Date.now();
    let firstBytesAt = 0;
    let peak = baseline;
    const sampler = setInterval(() => {
      gc();
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    }, 250);
    const response = await fetch(`${stack.http.baseUrl}/v1/cycles/${id}/history?format=csv`, {
      headers: {
        authorization: `Bearer ${stack.http.tokenFor(users.auditor.sub, users.auditor.roles)}`,
      },
    });
    let bytes = 0;
    let newlines = 0;
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      firstBytesAt ||= Date.now();
      bytes += chunk.byteLength;
      for (const byte of chunk) {
        newlines += byte === 10 ? 1 : 0;
      }
    }
    clearInterval(sampler);
    const finishedAt = Date.now();

    expect(response.status).toBe(200);
    expect(newlines).toBe(100_001 + 1);
    expect(bytes).toBeGreaterThan(40 * 1024 * 1024);
    // Streamed: the first rows arrive long before the last are read from the database...
    expect(firstBytesAt - startedAt).toBeLessThan((finishedAt - startedAt) / 4);
    // ...and what stays live is a batch or two, not the 40+ MiB export or its 100,000 events.
    expect(peak - baseline).toBeLessThan(24 * 1024 * 1024);
  });

  it('records catalog changes on the catalog chain with who, when, what and which request', async () => {
    const requestId = `req-${Date.now()}`;
    const created = await stack.http.post(
      '/v1/areas',
      { name: `Claims ${requestId}`, kind: 'back' },
      { as: users.admin, headers: { 'x-request-id': requestId } },
    );
    expect(created.status).toBe(201);

    const rows = await queryDatabase<Record<string, unknown>>(
      `SELECT chain, action, actor_id, actor_roles, request_id, data FROM audit_events WHERE request_id = $1`,
      [requestId],
    );
    expect(rows).toEqual([
      {
        chain: 'catalog',
        action: 'area_created',
        actor_id: users.admin.sub,
        actor_roles: ['admin'],
        request_id: requestId,
        data: { after: expect.objectContaining({ id: created.body.id, kind: 'back' }) },
      },
    ]);
  });

  it('stamps each cycle command with the request that made it', async () => {
    const { id } = await startCycleOnNewService(stack.http);
    const requestId = `gap-${Date.now()}`;
    expectOk(
      await stack.http.request('PUT', `/v1/cycles/${id}/gap`, {
        as: users.improver,
        body: { statement: 'Slow', currentValue: 9, targetValue: 2, evidence: 'Survey' },
        headers: { 'x-request-id': requestId },
      }),
    );
    const events = expectOk(await stack.http.get(`/v1/cycles/${id}/history`, { as: users.auditor }))
      .body.items;
    expect(events.at(-1)).toMatchObject({ action: 'gap_recorded', requestId });
  });

  it('gives an auditor one evidence document for a finished improvement, sealed by the chain’s head hash', async () => {
    const service = await createService(stack.http);
    const kpi = expectOk(
      await stack.http.post(
        `/v1/services/${service.id}/kpis`,
        { name: 'Days', unit: 'days', direction: 'lower_is_better', baseline: 9, target: 2 },
        { as: users.improver },
      ),
      201,
    ).body;
    expectOk(
      await stack.http.post(
        `/v1/kpis/${kpi.id}/measurements`,
        { value: 4, measuredAt: '2026-11-01T00:00:00.000Z' },
        { as: users.improver },
      ),
      201,
    );
    const id = expectOk(
      await stack.http.post(
        '/v1/cycles',
        { serviceId: service.id, policy: { approvalSla: 'PT1S' } },
        { as: users.improver },
      ),
      202,
    ).body.id;
    expectOk(
      await stack.http.request('PUT', `/v1/cycles/${id}/gap`, {
        as: users.improver,
        body: { ...gap(kpi.id) },
      }),
    );
    expectOk(await stack.http.post(`/v1/cycles/${id}/submit`, {}, { as: users.improver }));
    await waitForCycle(stack.http, id, 'a reminder', (cycle) => cycle.escalations.length >= 1);
    expectOk(
      await stack.http.post(
        `/v1/cycles/${id}/decisions`,
        { decision: 'reject', reason: 'Add the ticket data' },
        { as: users.manager },
      ),
    );
    await reachMonitoring(stack.http, id, kpi.id);
    await reEvaluateAndClose(id, 'Good enough');

    const evidence = expectOk(
      await stack.http.get(`/v1/cycles/${id}/evidence`, { as: users.auditor }),
    ).body;
    const verified = expectOk(
      await stack.http.get(`/v1/cycles/${id}/history/verify`, { as: users.auditor }),
    ).body;

    expect(evidence.cycle).toMatchObject({
      cycleId: id,
      stage: 'closed',
      status: 'closed',
      outcome: { decision: 'close', reason: 'Good enough' },
    });
    expect(evidence.service).toMatchObject({ id: service.id });
    expect(evidence.selection).toMatchObject({
      rule: 'default',
      rank: expect.any(Number),
      reasons: expect.any(Array),
    });
    expect(evidence.gap).toMatchObject({ kpiId: kpi.id, currentValue: 9 });
    expect(evidence.rootCauses).toHaveLength(1);
    expect(evidence.initiatives).toHaveLength(2);
    expect(evidence.kpi).toMatchObject({
      id: kpi.id,
      latestValue: 4,
      gapToTarget: 2,
      measurements: [expect.objectContaining({ value: 4 })],
    });
    expect(
      evidence.approvals.map((decision: { decision: string; reason: string | null }) => [
        decision.decision,
        decision.reason,
      ]),
    ).toEqual([
      ['reject', 'Add the ticket data'],
      ['approve', null],
      ['approve', null],
      ['approve', null],
      ['close', 'Good enough'],
    ]);
    expect(evidence.escalations[0]).toMatchObject({
      kind: 'reminder',
      stage: 'gap_identification',
    });
    expect(evidence.reEvaluations[0]).toMatchObject({
      trigger: 'manager',
      kpi: { before: 9, after: 4 },
    });
    expect(evidence.history).toEqual(verified);
    expect(evidence.history.valid).toBe(true);
  });
});
