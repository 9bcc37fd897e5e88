import 'reflect-metadata';
import { generateKeyPairSync } from 'node:crypto';
import type { AuditRecord } from '@app/persistence';
import { auditHash, AuditSigner, GENESIS_HASH } from '@app/persistence';
import { verifyBundle } from './verify-bundle';

const CYCLE = '7b0f2a56-4c1e-4a8e-9a55-2f1d3c4b5a69';
const newSigner = () => new AuditSigner(generateKeyPairSync('ed25519').privateKey);

/** A cycle's chain of `count` events, hashed as the server hashes them. */
function chain(count: number): AuditRecord[] {
  const events: AuditRecord[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= count; seq += 1) {
    const event = {
      seq,
      occurredAt: new Date(Date.UTC(2026, 10, 1, 0, seq)).toISOString(),
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

function signedBundle(events: AuditRecord[], signer = newSigner(), at = events.length) {
  const head = events[at - 1] as AuditRecord;
  const checkpoint = signer.sign(
    { chain: `cycle:${CYCLE}`, seq: head.seq, headHash: head.hash },
    new Date('2026-11-02T00:00:00.000Z'),
  );
  return { bundle: { events, checkpoint }, keys: { keys: [signer.publicJwk] }, signer };
}

describe('verifyBundle: a cycle’s bundle checked offline', () => {
  it('accepts an intact bundle, also with events appended after its checkpoint', () => {
    const { bundle, keys } = signedBundle(chain(5), newSigner(), 4);
    expect(verifyBundle(bundle, keys)).toMatchObject({ exit: 0, verification: { events: 5 } });
  });

  it('names the first bad seq of a changed event', () => {
    const { bundle, keys } = signedBundle(chain(5));
    (bundle.events[2] as AuditRecord).data = { n: 3, text: 'rewritten' };
    expect(verifyBundle(bundle, keys)).toMatchObject({ exit: 1, verification: { brokenAt: 3 } });
  });

  it('names the missing seq of a removed middle event', () => {
    const { bundle, keys } = signedBundle(chain(5));
    bundle.events.splice(1, 1);
    expect(verifyBundle(bundle, keys)).toMatchObject({ exit: 1, verification: { brokenAt: 2 } });
  });

  it('catches a removed tail against the checkpoint', () => {
    const { bundle, keys } = signedBundle(chain(5));
    bundle.events.splice(3);
    const verdict = verifyBundle(bundle, keys);
    expect(verdict).toMatchObject({ exit: 1, verification: { brokenAt: 4 } });
    expect(verdict.message).toContain('signed 5');
  });

  it('refuses a forged checkpoint and one signed by a key it was not given', () => {
    const { bundle, keys } = signedBundle(chain(5));
    const forged = { ...bundle.checkpoint, seq: 4 };
    const unknown = signedBundle(chain(5)).bundle;
    expect(verifyBundle({ ...bundle, checkpoint: forged }, keys)).toMatchObject({
      exit: 1,
      verification: { brokenAt: 4 },
    });
    const verdict = verifyBundle(unknown, keys);
    expect(verdict.exit).toBe(1);
    expect(verdict.message).toContain('which the keys given do not have');
  });

  it('verifies an old checkpoint after a key rotation, with both keys published', () => {
    const old = signedBundle(chain(5));
    const rotated = newSigner();
    const keys = { keys: [old.signer.publicJwk, rotated.publicJwk] };
    expect(verifyBundle(old.bundle, keys).exit).toBe(0);
    expect(verifyBundle(signedBundle(chain(5), rotated).bundle, keys).exit).toBe(0);
  });

  it('answers 2 for input that is no bundle or no key set', () => {
    expect(verifyBundle({ items: [] }, { keys: [] }).exit).toBe(2);
    expect(verifyBundle({ events: [], checkpoint: null }, { nope: true }).exit).toBe(2);
  });
});
