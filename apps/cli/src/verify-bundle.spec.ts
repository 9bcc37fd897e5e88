import 'reflect-metadata';
import { generateKeyPairSync, sign } from 'node:crypto';
import type { AuditCheckpoint, AuditRecord } from '@app/persistence';
import { auditHash, AuditSigner, checkpointStatement, GENESIS_HASH } from '@app/persistence';
import { verifyBundle } from './verify-bundle';

const CYCLE = '7b0f2a56-4c1e-4a8e-9a55-2f1d3c4b5a69';
const CHAIN = `cycle:${CYCLE}`;
const newKey = () => generateKeyPairSync('ed25519').privateKey;
const DAY = 86_400_000;
const START = Date.UTC(2026, 10, 1);

/** A cycle's chain of `count` events, hashed as the server hashes them. */
function chain(count: number): AuditRecord[] {
  const events: AuditRecord[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= count; seq += 1) {
    const event = {
      seq,
      occurredAt: new Date(START + seq * 60_000).toISOString(),
      cycleId: CYCLE,
      actor: { id: 'iris', roles: ['improver'] },
      action: seq === 1 ? 'cycle_started' : 'gap_recorded',
      stage: 'gap_identification',
      data: { n: seq, text: `event ${seq}` },
      requestId: null,
      prevHash,
    };
    const hash = auditHash(event);
    events.push({ ...event, hash });
    prevHash = hash;
  }
  return events;
}

/**
 * A bundle of `events` with a linked checkpoint at each of `seqs`, the n-th signed on day n+1,
 * and a keys file whose one key's window opens on the first day.
 */
function signedBundle(events: AuditRecord[], seqs: number[], key = newKey()) {
  const signer = new AuditSigner(key);
  const checkpoints: AuditCheckpoint[] = [];
  seqs.forEach((seq, index) => {
    const head = { chain: CHAIN, seq, headHash: (events[seq - 1] as AuditRecord).hash };
    const at = new Date(START + (index + 1) * DAY);
    checkpoints.push(signer.sign(head, at, checkpoints.at(-1) ?? null));
  });
  const jwk = { ...signer.publicJwk, validFrom: new Date(START).toISOString(), validUntil: null };
  const bundle = { events, checkpoint: checkpoints.at(-1) ?? null, checkpoints };
  return { bundle, keys: { keys: [jwk] as Record<string, unknown>[] }, signer, key };
}

/** A checkpoint signed as before links existed: no `prev` in what it states. */
function unlinkedCheckpoint(events: AuditRecord[], seq: number, key: ReturnType<typeof newKey>) {
  const signer = new AuditSigner(key);
  const fields = {
    chain: CHAIN,
    seq,
    headHash: (events[seq - 1] as AuditRecord).hash,
    at: new Date(START + DAY / 2).toISOString(),
    kid: signer.kid,
  };
  const signature = sign(null, Buffer.from(checkpointStatement(fields)), key);
  return { ...fields, signature: signature.toString('base64url') };
}

describe('verifyBundle: exit 0, a chain intact and signed to its last event', () => {
  it('accepts every event covered by linked checkpoints, and says how far they reach', () => {
    const { bundle, keys } = signedBundle(chain(6), [2, 4, 6]);
    const verdict = verifyBundle(bundle, keys);
    expect(verdict).toMatchObject({ exit: 0, signedThrough: 6, verification: { events: 6 } });
    expect(verdict.message).toContain('signed through seq 6 of 6 by 3 checkpoints');
  });

  it('reads a bundle of the first round, with `checkpoint` alone', () => {
    const { bundle, keys } = signedBundle(chain(3), [3]);
    expect(verifyBundle({ events: bundle.events, checkpoint: bundle.checkpoint }, keys).exit).toBe(
      0,
    );
  });

  it('still verifies checkpoints signed before links existed, followed by linked ones', () => {
    const events = chain(5);
    const key = newKey();
    const old = unlinkedCheckpoint(events, 2, key);
    const signer = new AuditSigner(key);
    const head = { chain: CHAIN, seq: 5, headHash: (events[4] as AuditRecord).hash };
    const linked = signer.sign(head, new Date(START + DAY), old);
    const { keys } = signedBundle(events, [], key);
    expect(
      verifyBundle({ events, checkpoint: linked, checkpoints: [old, linked] }, keys).exit,
    ).toBe(0);
  });

  it('verifies across a key rotation, each checkpoint in its own key’s window', () => {
    const events = chain(4);
    const first = signedBundle(events, [2]);
    const next = new AuditSigner(newKey());
    const rotatedAt = new Date(START + 1.5 * DAY).toISOString();
    const last = next.sign(
      { chain: CHAIN, seq: 4, headHash: (events[3] as AuditRecord).hash },
      new Date(START + 2 * DAY),
      first.bundle.checkpoints[0] as AuditCheckpoint,
    );
    const keys = {
      keys: [
        { ...(first.keys.keys[0] as object), validUntil: rotatedAt },
        { ...next.publicJwk, validFrom: rotatedAt, validUntil: null },
      ],
    };
    const checkpoints = [...first.bundle.checkpoints, last];
    expect(verifyBundle({ events, checkpoint: last, checkpoints }, keys).exit).toBe(0);
  });
});

describe('verifyBundle: exit 1, broken, naming the first bad seq', () => {
  it('names a changed event, a removed middle event and a removed tail', () => {
    const changed = signedBundle(chain(5), [5]);
    (changed.bundle.events[2] as AuditRecord).data = { n: 3, text: 'rewritten' };
    expect(verifyBundle(changed.bundle, changed.keys)).toMatchObject({
      exit: 1,
      verification: { brokenAt: 3 },
    });
    const middle = signedBundle(chain(5), [5]);
    middle.bundle.events.splice(1, 1);
    expect(verifyBundle(middle.bundle, middle.keys)).toMatchObject({ exit: 1 });
    const tail = signedBundle(chain(5), [5]);
    tail.bundle.events.splice(3);
    const verdict = verifyBundle(tail.bundle, tail.keys);
    expect(verdict).toMatchObject({ exit: 1, verification: { brokenAt: 4 } });
    expect(verdict.message).toContain('signed 5');
  });

  it('refuses a forged checkpoint and one signed by a key it was not given', () => {
    const { bundle, keys } = signedBundle(chain(5), [5]);
    const forged = { ...(bundle.checkpoint as AuditCheckpoint), seq: 4 };
    expect(verifyBundle({ ...bundle, checkpoints: [forged] }, keys).exit).toBe(1);
    const stranger = signedBundle(chain(5), [5]).bundle;
    const verdict = verifyBundle(stranger, keys);
    expect(verdict.exit).toBe(1);
    expect(verdict.message).toContain('which the keys given do not have');
  });

  it('refuses a broken prev link: a checkpoint dropped from the middle or the start', () => {
    const { bundle, keys } = signedBundle(chain(6), [2, 4, 6]);
    const [first, second, third] = bundle.checkpoints as [AuditCheckpoint, ...AuditCheckpoint[]];
    const middle = verifyBundle({ ...bundle, checkpoints: [first, third] }, keys);
    expect(middle).toMatchObject({ exit: 1, verification: { brokenAt: 6 } });
    expect(middle.message).toContain('does not link to the checkpoint of seq 2');
    const start = verifyBundle({ ...bundle, checkpoints: [second, third] }, keys);
    expect(start).toMatchObject({ exit: 1, verification: { brokenAt: 4 } });
  });

  it('refuses a checkpoint whose prev was rewritten, though re-signed by no one', () => {
    const { bundle, keys } = signedBundle(chain(4), [2, 4]);
    const [first, second] = bundle.checkpoints as [AuditCheckpoint, AuditCheckpoint];
    const relinked = { ...second, prev: '0'.repeat(64) };
    const verdict = verifyBundle({ ...bundle, checkpoints: [first, relinked] }, keys);
    expect(verdict.exit).toBe(1);
    expect(verdict.message).toContain('signature does not match');
  });

  it('refuses a checkpoint outside its key’s window: before it opened, after it closed', () => {
    const { bundle, keys } = signedBundle(chain(4), [2, 4]);
    const [jwk] = keys.keys as [Record<string, unknown>];
    const late = { keys: [{ ...jwk, validFrom: new Date(START + 1.5 * DAY).toISOString() }] };
    expect(verifyBundle(bundle, late)).toMatchObject({ exit: 1, verification: { brokenAt: 2 } });
    const closed = { keys: [{ ...jwk, validUntil: new Date(START + 1.5 * DAY).toISOString() }] };
    const verdict = verifyBundle(bundle, closed);
    expect(verdict).toMatchObject({ exit: 1, verification: { brokenAt: 4 } });
    expect(verdict.message).toContain('outside key');
  });

  it('refuses a checkpoint signed at or after its key’s compromisedSince', () => {
    const { bundle, keys } = signedBundle(chain(4), [2, 4]);
    const [jwk] = keys.keys as [Record<string, unknown>];
    const compromised = new Date(START + 2 * DAY).toISOString();
    const revoked = {
      keys: [
        {
          ...jwk,
          validUntil: new Date(START + 3 * DAY).toISOString(),
          revokedAt: new Date(START + 3 * DAY).toISOString(),
          compromisedSince: compromised,
        },
      ],
    };
    const verdict = verifyBundle(bundle, revoked);
    expect(verdict).toMatchObject({ exit: 1, verification: { brokenAt: 4 } });
    expect(verdict.message).toContain(`compromised from ${compromised}`);
  });

  it('refuses checkpoints of another chain and an unlinked one after a linked one', () => {
    const { bundle, keys, key } = signedBundle(chain(4), [2]);
    const other = new AuditSigner(key).sign(
      { chain: 'catalog', seq: 4, headHash: (bundle.events[3] as AuditRecord).hash },
      new Date(START + 2 * DAY),
      bundle.checkpoints[0] as AuditCheckpoint,
    );
    expect(
      verifyBundle({ ...bundle, checkpoints: [...bundle.checkpoints, other] }, keys).exit,
    ).toBe(1);
    const unlinked = unlinkedCheckpoint(bundle.events, 4, key);
    const verdict = verifyBundle(
      { ...bundle, checkpoints: [...bundle.checkpoints, unlinked] },
      keys,
    );
    expect(verdict.exit).toBe(1);
  });
});

describe('verifyBundle: exit 3, intact but unsigned, and --allow-unsigned', () => {
  it('answers 3 for a bundle whose checkpoint was removed, with the range signed', () => {
    const { bundle, keys } = signedBundle(chain(5), [5]);
    for (const stripped of [
      { events: bundle.events, checkpoint: null },
      { events: bundle.events, checkpoint: null, checkpoints: [] },
    ]) {
      const verdict = verifyBundle(stripped, keys);
      expect(verdict).toMatchObject({ exit: 3, signedThrough: 0 });
      expect(verdict.message).toContain('signed through seq 0 of 5');
    }
  });

  it('answers 3 for events after the latest checkpoint', () => {
    const { bundle, keys } = signedBundle(chain(15), [4, 12]);
    const verdict = verifyBundle(bundle, keys);
    expect(verdict).toMatchObject({ exit: 3, signedThrough: 12, verification: { valid: true } });
    expect(verdict.message).toContain('signed through seq 12 of 15');
  });

  it('answers 0 with a warning under --allow-unsigned, and still 1 for a broken chain', () => {
    const { bundle, keys } = signedBundle(chain(5), [3]);
    const verdict = verifyBundle(bundle, keys, { allowUnsigned: true });
    expect(verdict).toMatchObject({ exit: 0, warning: true, signedThrough: 3 });
    expect(verdict.message).toMatch(/^warning: .*signed through seq 3 of 5/);
    (bundle.events[1] as AuditRecord).action = 'rewritten';
    expect(verifyBundle(bundle, keys, { allowUnsigned: true }).exit).toBe(1);
  });
});

describe('verifyBundle: exit 2, unusable input', () => {
  it('answers 2 for input that is no bundle, no key set or malformed checkpoints', () => {
    expect(verifyBundle({ items: [] }, { keys: [] }).exit).toBe(2);
    expect(verifyBundle({ events: [], checkpoint: null }, { nope: true }).exit).toBe(2);
    expect(verifyBundle({ events: [], checkpoints: [{ seq: 'x' }] }, { keys: [] }).exit).toBe(2);
  });
});
