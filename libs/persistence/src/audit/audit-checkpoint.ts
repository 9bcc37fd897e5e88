import type { KeyObject } from 'node:crypto';
import { createHash, createPublicKey, sign, verify } from 'node:crypto';
import { canonicalJson } from '@app/domain';

/** A chain's head as it stood at `at`, signed: what a later truncation cannot undo. */
export interface AuditCheckpoint {
  chain: string;
  seq: number;
  headHash: string;
  at: string;
  kid: string;
  /** Ed25519 over `checkpointStatement`, base64url. */
  signature: string;
}

/** A public key as a JWKS lists it. */
export interface AuditPublicJwk {
  kty: 'OKP';
  crv: 'Ed25519';
  x: string;
  kid: string;
  alg: 'EdDSA';
  use: 'sig';
}

/** The bytes a checkpoint signs: its fields (not the signature) as canonical JSON, typed. */
export function checkpointStatement(checkpoint: Omit<AuditCheckpoint, 'signature'>): string {
  const { chain, seq, headHash, at, kid } = checkpoint;
  return canonicalJson({ type: 'audit-checkpoint/v1', chain, seq, headHash, at, kid });
}

/** Signs chains' heads with one Ed25519 key, named by its JWK thumbprint. */
export class AuditSigner {
  readonly publicJwk: AuditPublicJwk;

  constructor(private readonly privateKey: KeyObject) {
    if (privateKey.asymmetricKeyType !== 'ed25519') {
      throw new Error('the audit signing key must be an Ed25519 private key');
    }
    const { x } = createPublicKey(privateKey).export({ format: 'jwk' });
    this.publicJwk = {
      kty: 'OKP',
      crv: 'Ed25519',
      x: x as string,
      kid: jwkThumbprint(x as string),
      alg: 'EdDSA',
      use: 'sig',
    };
  }

  get kid(): string {
    return this.publicJwk.kid;
  }

  sign(head: { chain: string; seq: number; headHash: string }, at: Date): AuditCheckpoint {
    const unsigned = { ...head, at: at.toISOString(), kid: this.kid };
    const signature = sign(null, Buffer.from(checkpointStatement(unsigned)), this.privateKey);
    return { ...unsigned, signature: signature.toString('base64url') };
  }
}

/**
 * Why `checkpoint`'s signature does not hold against `keys` (a JWKS's keys), or undefined when it
 * does: an unknown key id, a key of another kind, a signature that is not the key's.
 */
export function checkpointSignatureProblem(
  checkpoint: AuditCheckpoint,
  keys: readonly Partial<AuditPublicJwk>[],
): string | undefined {
  const jwk = keys.find((key) => key.kid === checkpoint.kid);
  if (!jwk) {
    return `the checkpoint is signed by key ${checkpoint.kid}, which the keys given do not have`;
  }
  if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || typeof jwk.x !== 'string') {
    return `key ${checkpoint.kid} is not an Ed25519 public key`;
  }
  try {
    const publicKey = createPublicKey({
      key: { kty: 'OKP', crv: 'Ed25519', x: jwk.x },
      format: 'jwk',
    });
    const signed = verify(
      null,
      Buffer.from(checkpointStatement(checkpoint)),
      publicKey,
      Buffer.from(checkpoint.signature, 'base64url'),
    );
    return signed ? undefined : 'the checkpoint’s signature does not match what it states';
  } catch {
    return 'the checkpoint’s signature or key cannot be read';
  }
}

/**
 * RFC 7638 thumbprint of an Ed25519 public key: the key id. Written out because it is one hash
 * of three fixed members, and jose's is asynchronous and ESM-only where this runs synchronously.
 */
function jwkThumbprint(x: string): string {
  const members = JSON.stringify({ crv: 'Ed25519', kty: 'OKP', x });
  return createHash('sha256').update(members).digest('base64url');
}
