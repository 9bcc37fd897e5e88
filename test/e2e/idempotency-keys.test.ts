import { randomUUID } from 'node:crypto';
import { expectOk, gap, otherManager, startCycleOnNewService } from '../support/cycle-steps';
import { createService } from '../support/factories';
import type { HttpResponse } from '../support/http-client';
import type { TestStack } from '../support/test-stack';
import { startTestStack } from '../support/test-stack';
import { users } from '../support/users';

describe('Idempotency-Key: it belongs to the caller, route and body of its first use', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(async () => {
    await stack.close();
  });

  const newKey = () => `key-${randomUUID()}`;
  const send = (method: string, path: string, body: unknown, key: string, as = users.improver) =>
    stack.http.request(method, path, { as, body, headers: { 'idempotency-key': key } });
  const decide = (id: string, body: unknown, key: string, as = users.manager) =>
    send('POST', `/v1/cycles/${id}/decisions`, body, key, as);

  /** What a user would look at to see whether anything happened: the cycle and its history. */
  async function snapshot(id: string): Promise<{ cycle: unknown; actions: string[] }> {
    const cycle = expectOk(await stack.http.get(`/v1/cycles/${id}`, { as: users.auditor })).body;
    const history = expectOk(
      await stack.http.get(`/v1/cycles/${id}/history`, { as: users.auditor }),
    ).body;
    // How long a gate has waited moves on by itself between two reads: not a change.
    const { pendingApproval, ...rest } = cycle;
    const waiting = pendingApproval && { ...pendingApproval, waitingSeconds: undefined };
    return {
      cycle: { ...rest, pendingApproval: waiting },
      actions: history.items.map((event: { action: string }) => event.action),
    };
  }

  async function awaitingApproval(): Promise<string> {
    const { id } = await startCycleOnNewService(stack.http);
    expectOk(
      await stack.http.request('PUT', `/v1/cycles/${id}/gap`, { as: users.improver, body: gap() }),
    );
    expectOk(await stack.http.post(`/v1/cycles/${id}/submit`, {}, { as: users.improver }));
    return id;
  }

  function expectReused(answer: HttpResponse, detail: RegExp): void {
    expect(answer.status).toBe(422);
    expect(answer.headers.get('content-type')).toContain('application/problem+json');
    expect(answer.body).toMatchObject({ status: 422, detail: expect.stringMatching(detail) });
    expect(answer.body.type).toMatch(/idempotency-key-reused$/);
  }

  it('answers the same key with the same body with the first answer, and records it once', async () => {
    const id = await awaitingApproval();
    const key = newKey();
    const first = expectOk(await decide(id, { decision: 'approve', reason: 'Clear' }, key)).body;
    // The same body with its fields in another order is the same body.
    const again = expectOk(await decide(id, { reason: 'Clear', decision: 'approve' }, key)).body;

    expect(first.stage).toBe('root_cause_analysis');
    expect(again).toEqual(first);
    expect((await snapshot(id)).actions).toEqual([
      'cycle_started',
      'gap_recorded',
      'stage_submitted',
      'stage_approved',
    ]);
  });

  it('refuses the same key with another body (approve after reject) with 422 and changes nothing', async () => {
    const id = await awaitingApproval();
    const key = newKey();
    expectOk(await decide(id, { decision: 'reject', reason: 'Needs evidence' }, key));
    const before = await snapshot(id);

    expectReused(await decide(id, { decision: 'approve', reason: 'Fine' }, key), /another body/);

    expect(await snapshot(id)).toEqual(before);
    expect(before.actions.at(-1)).toBe('stage_rejected');
  });

  it('refuses the same key on another route with 422 and changes nothing', async () => {
    const id = await awaitingApproval();
    const other = await awaitingApproval();
    const key = newKey();
    expectOk(await decide(id, { decision: 'approve' }, key));
    const before = { id: await snapshot(id), other: await snapshot(other) };

    // The same command on another cycle, and another command (one that would show) on this one.
    expectReused(await decide(other, { decision: 'approve' }, key), /another route/);
    expectReused(
      await send('POST', `/v1/cycles/${id}/cancel`, { reason: 'Stop' }, key, users.manager),
      /another route/,
    );

    expect({ id: await snapshot(id), other: await snapshot(other) }).toEqual(before);
  });

  it('refuses the same key from another caller with 422 instead of the first caller’s answer', async () => {
    const id = await awaitingApproval();
    const key = newKey();
    expectOk(await decide(id, { decision: 'reject', reason: 'Not yet' }, key));
    const before = await snapshot(id);

    // Mara believes she approved if she gets Manu's 200: she gets a 422 instead.
    expectReused(
      await decide(id, { decision: 'reject', reason: 'Not yet' }, key, otherManager),
      /another caller/,
    );
    expect(await snapshot(id)).toEqual(before);
  });

  it('starts one cycle for a retried POST /v1/cycles, and refuses its key for another service', async () => {
    const service = await createService(stack.http);
    const key = newKey();
    const first = expectOk(await send('POST', '/v1/cycles', { serviceId: service.id }, key), 202);
    const retried = expectOk(await send('POST', '/v1/cycles', { serviceId: service.id }, key), 202);

    expect(retried.body).toEqual(first.body);
    expect(retried.headers.get('location')).toBe(`/v1/cycles/${first.body.id}`);
    const cycles = expectOk(
      await stack.http.get(`/v1/cycles?serviceId=${service.id}`, { as: users.auditor }),
    ).body.items;
    expect(cycles.map((cycle: { id: string }) => cycle.id)).toEqual([first.body.id]);

    const another = await createService(stack.http);
    expectReused(await send('POST', '/v1/cycles', { serviceId: another.id }, key), /another body/);
    const none = expectOk(
      await stack.http.get(`/v1/cycles?serviceId=${another.id}`, { as: users.auditor }),
    ).body.items;
    expect(none).toEqual([]);
  });
});
