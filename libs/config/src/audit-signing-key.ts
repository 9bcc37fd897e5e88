import type { KeyObject } from 'node:crypto';
import { createPrivateKey, generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ConfigError } from './config-error';
import { createOnce } from './kept-file';

/** The Ed25519 private key that signs audit checkpoints, and where a generated one is kept. */
export interface AuditSigningKey {
  privateKey: KeyObject;
  /** Set when the key was generated (or read) under DATA_DIR rather than configured. */
  path?: string;
  /**
   * For a generated key, once an admin revoked `revoked`: the key kept under DATA_DIR when another
   * worker sharing it replaced it already, else a new one generated and kept (the revoked one set
   * aside). A configured key has none: its operator configures the next.
   */
  replace?: (revoked: KeyObject) => KeyObject;
}

/**
 * AUDIT_SIGNING_KEY (PKCS#8 PEM text, or the path of a PEM file) when set; otherwise a key
 * generated once under `dataDir` and kept, so checkpoints keep one key id across restarts. A key
 * that is not Ed25519 stops the start.
 */
export function resolveAuditSigningKey(
  configured: string | undefined,
  dataDir: string,
): AuditSigningKey {
  if (configured) {
    const pem = configured.includes('-----BEGIN') ? configured : readKeyFile(configured);
    return { privateKey: ed25519(pem, 'AUDIT_SIGNING_KEY') };
  }
  const dir = resolve(dataDir);
  const path = join(dir, 'audit-signing-key.pem');
  mkdirSync(dir, { recursive: true });
  const generated = () => {
    if (!existsSync(path)) {
      const { privateKey } = generateKeyPairSync('ed25519');
      createOnce(path, privateKey.export({ format: 'pem', type: 'pkcs8' }) as string);
    }
    return ed25519(readFileSync(path, 'utf8'), path);
  };
  const replace = (revoked: KeyObject) => {
    const kept = generated();
    if (!sameKey(kept, revoked)) {
      return kept;
    }
    // Kept, not deleted: it is evidence of what signed before the revocation.
    renameSync(path, join(dir, `audit-signing-key.revoked-${Date.now()}.pem`));
    return generated();
  };
  return { privateKey: generated(), path, replace };
}

function sameKey(one: KeyObject, other: KeyObject): boolean {
  const pem = (key: KeyObject) => key.export({ format: 'pem', type: 'pkcs8' }).toString();
  return pem(one) === pem(other);
}

function readKeyFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new ConfigError([`AUDIT_SIGNING_KEY: no PEM text and no readable file at ${path}`]);
  }
}

function ed25519(pem: string, source: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPrivateKey(pem);
  } catch {
    throw new ConfigError([`${source} is not a PKCS#8 PEM private key`]);
  }
  if (key.asymmetricKeyType !== 'ed25519') {
    throw new ConfigError([
      `${source} is a ${key.asymmetricKeyType ?? 'unknown'} key; checkpoints are signed with Ed25519`,
    ]);
  }
  return key;
}
