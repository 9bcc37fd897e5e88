import { Client, Connection } from '@temporalio/client';
import { waitUntil } from '@app/local-stack';
import { expectOk, startCycleOnNewService } from '../support/cycle-steps';
import { createArea } from '../support/factories';
import { verifyOffline } from '../support/offline-verifier';
import { testEnvironment } from '../support/test-environment';
import type { TestStack } from '../support/test-stack';
import { startTestStack } from '../support/test-stack';
import { users } from '../support/users';

interface Checkpoint {
  chain: string;
  seq: number;
  at: string;
  kid: string;
}
interface Bundle {
  events: { seq: number }[];
  checkpoint: Checkpoint | null;
  checkpoints: Checkpoint[];
}
interface Key {
  kid: string;
  validFrom: string;
  validUntil: string | null;
  revokedAt?: string;
  compromisedSince?: string;
}

describe('the catalog chain’s own bundle, verified with the command-line tool', () => {
  let stack: TestStack;
  let connection: Connection;
  beforeAll(async () => {
    // An hourly Schedule, as deployed; the test asks it to run now, as an operator can.
    stack = await startTestStack({ auditCheckpointEvery: 'PT1H' });
    connection = await Connection.connect({ address: testEnvironment().temporalAddress });
  });
  afterAll(async () => {
    await connection?.close();
    await stack?.close();
  });

  it('signs the catalog’s head on its Schedule, and its bundle verifies offline with every checkpoint', async () => {
    // Something on the catalog chain, should this file run alone.
    await createArea(stack.http, 'back');
    const schedule = new Client({ connection }).schedule.getHandle(
      `audit-checkpoints-${stack.taskQueue}`,
    );
    // Other tests append to the catalog meanwhile: until a run signs the head a bundle reaches,
    // the tool says which part is signed (3), never that the chain is broken (1).
    const verdicts: (number | null)[] = [];
    const verified = await waitUntil(
      'a catalog bundle signed through its last event',
      async () => {
        await schedule.trigger();
        const bundle = expectOk(
          await stack.http.get('/v1/catalog/history/bundle', { as: users.auditor }),
        ).body as Bundle;
        const keys = expectOk(await stack.http.get('/v1/audit/keys', { as: users.auditor })).body;
        const verdict = verifyOffline(bundle, keys);
        verdicts.push(verdict.status);
        return verdict.status === 0 ? { bundle, verdict } : undefined;
      },
      { timeoutMs: 60_000, intervalMs: 500 },
    );

    expect(verdicts.every((status) => status === 0 || status === 3)).toBe(true);
    const { bundle, verdict } = verified;
    expect(bundle.checkpoint).toMatchObject({ chain: 'catalog', seq: bundle.events.length });
    expect(bundle.checkpoints.every((checkpoint) => checkpoint.chain === 'catalog')).toBe(true);
    expect(verdict.output).toContain(
      `signed through seq ${bundle.events.length} of ${bundle.events.length}`,
    );
    expect(
      (await stack.http.get('/v1/catalog/history/bundle', { as: users.improver })).status,
    ).toBe(403);
  });
});

describe('revoking an audit signing key', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(async () => {
    await stack?.close();
  });

  /** A cycle cancelled at once: its chain's head is signed as it ends, by this stack's worker. */
  async function signedCycle(): Promise<{ id: string; bundle: Bundle }> {
    const { id } = await startCycleOnNewService(stack.http);
    expectOk(
      await stack.http.post(`/v1/cycles/${id}/cancel`, { reason: 'n/a' }, { as: users.manager }),
    );
    const bundle = await waitUntil('the cancelled cycle’s head signed', async () => {
      const body = expectOk(
        await stack.http.get(`/v1/cycles/${id}/history/bundle`, { as: users.auditor }),
      ).body as Bundle;
      return body.checkpoint && body.checkpoint.seq === body.events.length ? body : undefined;
    });
    return { id, bundle };
  }

  const keysNow = async () =>
    expectOk(await stack.http.get('/v1/audit/keys', { as: users.auditor })).body as {
      keys: Key[];
    };

  it('closes the key’s window, voids its checkpoints from compromisedSince, and a new key signs from then on', async () => {
    const before = await signedCycle();
    const oldKid = (before.bundle.checkpoint as Checkpoint).kid;
    const dayOne = await keysNow();
    expect(dayOne.keys.find((key) => key.kid === oldKid)).toMatchObject({ validUntil: null });
    expect(verifyOffline(before.bundle, dayOne).status).toBe(0);

    const refused = [
      await stack.http.post(`/v1/audit/keys/${oldKid}/revoke`, revocation(), { as: users.auditor }),
      await stack.http.post(`/v1/audit/keys/${'x'.repeat(43)}/revoke`, revocation(), {
        as: users.admin,
      }),
      await stack.http.post(`/v1/audit/keys/not-a-key/revoke`, revocation(), { as: users.admin }),
      await stack.http.post(
        `/v1/audit/keys/${oldKid}/revoke`,
        revocation(new Date(Date.now() + 3_600_000)),
        { as: users.admin },
      ),
    ];
    expect(refused.map((response) => response.status)).toEqual([403, 404, 400, 400]);
    expect((await keysNow()).keys.find((key) => key.kid === oldKid)?.revokedAt).toBeUndefined();

    // The key may have leaked just before it signed that cycle's head.
    const compromisedSince = new Date(Date.parse(before.bundle.checkpoint!.at) - 1_000);
    const revoked = expectOk(
      await stack.http.post(`/v1/audit/keys/${oldKid}/revoke`, revocation(compromisedSince), {
        as: users.admin,
      }),
    ).body as Key;
    expect(revoked).toMatchObject({
      kid: oldKid,
      validUntil: revoked.revokedAt,
      compromisedSince: compromisedSince.toISOString(),
    });
    const again = await stack.http.post(`/v1/audit/keys/${oldKid}/revoke`, revocation(), {
      as: users.admin,
    });
    expect(again.status).toBe(409);

    const after = await signedCycle();
    const newKid = (after.bundle.checkpoint as Checkpoint).kid;
    const keys = await keysNow();
    expect(newKid).not.toBe(oldKid);
    expect(keys.keys.find((key) => key.kid === newKid)).toMatchObject({ validUntil: null });
    expect(verifyOffline(after.bundle, keys).status).toBe(0);
    // What the stolen key signed from compromisedSince on no longer verifies.
    expect(verifyOffline(before.bundle, keys)).toEqual({
      status: 1,
      output: expect.stringContaining(`key ${oldKid} was compromised from`),
    });
    // A copy of keys.json kept from the first day does not take a key the server added since.
    expect(verifyOffline(after.bundle, dayOne)).toEqual({
      status: 1,
      output: expect.stringContaining('which the keys given do not have'),
    });
    const history = expectOk(await stack.http.get('/v1/catalog/history', { as: users.auditor }))
      .body as { items: { action: string; actor: { id: string }; data: { kid?: string } }[] };
    expect(
      history.items.filter(
        (event) => event.action === 'audit_key_revoked' && event.data.kid === oldKid,
      ),
    ).toEqual([
      expect.objectContaining({ actor: expect.objectContaining({ id: users.admin.sub }) }),
    ]);
  });
});

function revocation(compromisedSince = new Date(Date.now() - 60_000)) {
  return {
    reason: 'The signing host was compromised',
    compromisedSince: compromisedSince.toISOString(),
  };
}
