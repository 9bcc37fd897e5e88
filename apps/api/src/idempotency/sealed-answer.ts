import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * A creating request's first answer, as kept with its Idempotency-Key: some answers hold a secret
 * shown once (a service account's `key`, a webhook's `secret`), so none is kept readable. Each is
 * sealed with AES-256-GCM under a key derived (HKDF-SHA256) from the Idempotency-Key itself, which
 * the database does not hold (it keeps the key's SHA-256): only whoever sends the key again can
 * open it, and a database dump, backup or reader opens nothing. As safe as the key is hard to
 * guess: send a random one (a UUID).
 */
const FORMAT = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const SALT = 'improvement-cycles/idempotency-key';
const INFO = 'first answer, AES-256-GCM';

function sealingKey(idempotencyKey: string): Buffer {
  return Buffer.from(hkdfSync('sha256', Buffer.from(idempotencyKey, 'utf8'), SALT, INFO, 32));
}

/** `answer` as JSON, sealed: format byte, IV, tag, ciphertext. */
export function sealAnswer(idempotencyKey: string, answer: unknown): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', sealingKey(idempotencyKey), iv);
  const text = Buffer.from(JSON.stringify(answer ?? null), 'utf8');
  const sealed = Buffer.concat([cipher.update(text), cipher.final()]);
  return Buffer.concat([Buffer.of(FORMAT), iv, cipher.getAuthTag(), sealed]);
}

/** The answer {@link sealAnswer} sealed; throws for another key or a changed seal. */
export function openAnswer(idempotencyKey: string, sealed: Buffer): unknown {
  if (sealed[0] !== FORMAT) {
    throw new Error(`an idempotent answer sealed in an unknown format (${sealed[0]})`);
  }
  const iv = sealed.subarray(1, 1 + IV_BYTES);
  const tag = sealed.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', sealingKey(idempotencyKey), iv);
  decipher.setAuthTag(tag);
  const text = Buffer.concat([
    decipher.update(sealed.subarray(1 + IV_BYTES + TAG_BYTES)),
    decipher.final(),
  ]);
  return JSON.parse(text.toString('utf8')) as unknown;
}
