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
  /**
   * SHA-256 (hex) of the chain's previous checkpoint statement, null for its first; absent on
   * checkpoints signed before checkpoints were linked, which still verify on their own.
   */
  prev?: string | null;
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

/** When a key may have signed: from `validFrom` until `validUntil` (null while it signs). */
export interface AuditKeyWindow {
  validFrom: string;
  validUntil: string | null;
  /** Set when an admin revoked the key, with the time from which its signatures are void. */
  revokedAt?: string;
  compromisedSince?: string;
}

/** A key as a keys file gives it: a JWK, with its window when the file has one. */
export type AuditVerificationKey = Partial<AuditPublicJwk> & Partial<AuditKeyWindow>;

type CheckpointFields = Omit<AuditCheckpoint, 'signature'>;

/**
 * The bytes a checkpoint signs: its statement as canonical JSON. A linked checkpoint states its
 * `prev`; one signed before links existed keeps the statement it was signed with.
 */
export function checkpointStatement(checkpoint: CheckpointFields): string {
  const { chain, seq, headHash, at, kid, prev } = checkpoint;
  return prev === undefined
    ? canonicalJson({ type: 'audit-checkpoint/v1', chain, seq, headHash, at, kid })
    : canonicalJson({ type: 'audit-checkpoint', chain, seq, headHash, at, kid, prev });
}

/** What the next checkpoint of the chain names as its `prev`. */
export function checkpointDigest(checkpoint: CheckpointFields): string {
  return createHash('sha256').update(checkpointStatement(checkpoint)).digest('hex');
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

  /** Signs `head`, linked to the chain's previous checkpoint (`prev` null for its first). */
  sign(
    head: { chain: string; seq: number; headHash: string },
    at: Date,
    previous: CheckpointFields | null,
  ): AuditCheckpoint {
    const prev = previous ? checkpointDigest(previous) : null;
    const unsigned = { ...head, at: at.toISOString(), kid: this.kid, prev };
    const signature = sign(null, Buffer.from(checkpointStatement(unsigned)), this.privateKey);
    return { ...unsigned, signature: signature.toString('base64url') };
  }
}

/**
 * Why `checkpoint`'s signature does not hold against `keys` (a JWKS's keys), or undefined when it
 * does: an unknown key id, a key of another kind, a signature that is not the key's, a
 * checkpoint signed outside the key's window or once it was compromised.
 */
export function checkpointSignatureProblem(
  checkpoint: AuditCheckpoint,
  keys: readonly AuditVerificationKey[],
): string | undefined {
  const jwk = keys.find((key) => key.kid === checkpoint.kid);
  if (!jwk) {
    return `the checkpoint is signed by key ${checkpoint.kid}, which the keys given do not have`;
  }
  if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || typeof jwk.x !== 'string') {
    return `key ${checkpoint.kid} is not an Ed25519 public key`;
  }
  let signed: boolean;
  try {
    const publicKey = createPublicKey({
      key: { kty: 'OKP', crv: 'Ed25519', x: jwk.x },
      format: 'jwk',
    });
    signed = verify(
      null,
      Buffer.from(checkpointStatement(checkpoint)),
      publicKey,
      Buffer.from(checkpoint.signature, 'base64url'),
    );
  } catch {
    return 'the checkpoint’s signature or key cannot be read';
  }
  return signed
    ? keyWindowProblem(checkpoint, jwk)
    : 'the checkpoint’s signature does not match what it states';
}

/** Why the key could not have signed at the checkpoint's `at`, or undefined when it could. */
function keyWindowProblem(
  checkpoint: AuditCheckpoint,
  key: AuditVerificationKey,
): string | undefined {
  const at = Date.parse(checkpoint.at);
  const when = (value: string | null | undefined) =>
    typeof value === 'string' ? Date.parse(value) : undefined;
  const [from, until, compromised] = [key.validFrom, key.validUntil, key.compromisedSince].map(
    when,
  );
  if (Number.isNaN(at) || [from, until, compromised].some((time) => Number.isNaN(time))) {
    return `the checkpoint's time or key ${checkpoint.kid}'s window cannot be read`;
  }
  if (compromised !== undefined && at >= compromised) {
    return `key ${checkpoint.kid} was compromised from ${key.compromisedSince}; the checkpoint says it signed at ${checkpoint.at}`;
  }
  if ((from !== undefined && at < from) || (until !== undefined && at >= until)) {
    const window = `${key.validFrom ?? '…'} to ${key.validUntil ?? 'now'}`;
    return `the checkpoint of ${checkpoint.at} is outside key ${checkpoint.kid}'s window (${window})`;
  }
  return undefined;
}

/**
 * RFC 7638 thumbprint of an Ed25519 public key: the key id. Written out because it is one hash
 * of three fixed members, and jose's is asynchronous and ESM-only where this runs synchronously.
 */
function jwkThumbprint(x: string): string {
  const members = JSON.stringify({ crv: 'Ed25519', kty: 'OKP', x });
  return createHash('sha256').update(members).digest('base64url');
}
