import { expectOk, gap, startCycleOnNewService } from '../support/cycle-steps';
import { verifyOffline } from '../support/offline-verifier';
import type { TestStack } from '../support/test-stack';
import { startTestStack } from '../support/test-stack';
import { users } from '../support/users';

describe('the audit trail verified offline, from a signed checkpoint', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(async () => {
    await stack.close();
  });

  it('signs a cancelled cycle’s head, and its bundle verifies offline; every tampering is caught at its seq', async () => {
    const { id } = await startCycleOnNewService(stack.http);
    expectOk(
      await stack.http.request('PUT', `/v1/cycles/${id}/gap`, { as: users.improver, body: gap() }),
    );
    expectOk(await stack.http.post(`/v1/cycles/${id}/submit`, {}, { as: users.improver }));
    expectOk(
      await stack.http.post(`/v1/cycles/${id}/cancel`, { reason: 'Merged' }, { as: users.manager }),
    );

    const bundleResponse = expectOk(
      await stack.http.get(`/v1/cycles/${id}/history/bundle`, { as: users.auditor }),
    );
    const keys = expectOk(await stack.http.get('/v1/audit/keys', { as: users.improver })).body;
    const verified = expectOk(
      await stack.http.get(`/v1/cycles/${id}/history/verify`, { as: users.auditor }),
    ).body;
    const bundle = bundleResponse.body as {
      events: { seq: number; data: Record<string, unknown> }[];
      checkpoint: { seq: number };
      checkpoints: { seq: number }[];
    };
    const tampered = (change: (copy: typeof bundle) => void) => {
      const copy = structuredClone(bundle);
      change(copy);
      return verifyOffline(copy, keys);
    };

    // Signed as it ended (a scheduled round elsewhere may have signed an earlier head too).
    expect(bundle.checkpoint).toMatchObject({ chain: `cycle:${id}`, seq: 4 });
    expect(bundle.checkpoints.at(-1)).toEqual(bundle.checkpoint);
    expect(bundle.events).toHaveLength(4);
    expect(verified).toMatchObject({ valid: true, checkpoint: { seq: 4 } });
    expect(verifyOffline(bundle, keys)).toEqual({
      status: 0,
      output: expect.stringContaining('valid: 4 events'),
    });
    const changed = tampered((copy) => {
      (copy.events[1] as { data: Record<string, unknown> }).data.gap = 'rewritten';
    });
    expect(changed).toEqual({ status: 1, output: expect.stringContaining('broken at seq 2') });
    const middle = tampered((copy) => copy.events.splice(2, 1));
    expect(middle).toEqual({ status: 1, output: expect.stringContaining('broken at seq 3') });
    const tail = tampered((copy) => copy.events.splice(3));
    expect(tail).toEqual({ status: 1, output: expect.stringContaining('broken at seq 4') });
    const forged = tampered((copy) => {
      (copy.checkpoints.at(-1) as { seq: number }).seq = 3;
    });
    expect(forged).toEqual({ status: 1, output: expect.stringContaining('broken at seq 3') });
    expect(verifyOffline(bundle, { keys: [] })).toEqual({
      status: 1,
      output: expect.stringContaining('which the keys given do not have'),
    });
    expect(verifyOffline({ nothing: true }, keys).status).toBe(2);

    // Whoever hands over a bundle cannot make it pass by dropping what signed it.
    const stripped = { events: bundle.events, checkpoint: null, checkpoints: [] };
    expect(verifyOffline(stripped, keys)).toEqual({
      status: 3,
      output: expect.stringContaining(
        'unsigned: the chain is intact but signed through seq 0 of 4',
      ),
    });
    expect(verifyOffline(stripped, keys, '--allow-unsigned')).toEqual({
      status: 0,
      output: expect.stringMatching(/^warning: .*signed through seq 0 of 4/),
    });
  });
});
