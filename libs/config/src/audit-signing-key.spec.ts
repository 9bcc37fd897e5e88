import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { KeyObject } from 'node:crypto';
import { resolveAuditSigningKey } from './audit-signing-key';

const pemOf = (key: KeyObject) => key.export({ format: 'pem', type: 'pkcs8' }).toString();

describe('resolveAuditSigningKey: the key that signs checkpoints, and the next once revoked', () => {
  it('replaces a revoked generated key once, keeping the revoked one aside', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'audit-key-'));
    const first = resolveAuditSigningKey(undefined, dataDir);

    const next = first.replace?.(first.privateKey) as KeyObject;
    // A second worker on the same DATA_DIR, still holding the revoked key, takes the same next key.
    const seenByAnother = first.replace?.(first.privateKey) as KeyObject;

    expect(pemOf(next)).not.toBe(pemOf(first.privateKey));
    expect(pemOf(seenByAnother)).toBe(pemOf(next));
    expect(pemOf(resolveAuditSigningKey(undefined, dataDir).privateKey)).toBe(pemOf(next));
    expect(readdirSync(dataDir).filter((name) => name.includes('revoked'))).toHaveLength(1);
  });

  it('offers no replacement for a configured key: its operator configures the next', () => {
    const pem = pemOf(generateKeyPairSync('ed25519').privateKey);
    expect(resolveAuditSigningKey(pem, mkdtempSync(join(tmpdir(), 'audit-key-'))).replace).toBe(
      undefined,
    );
  });
});
