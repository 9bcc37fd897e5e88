import { createHash } from 'node:crypto';
import { canonicalJson, DomainError, ErrorCode } from '@app/domain';
import type { IdempotencyKeyFirstUse, IdempotencyKeyUse } from '@app/persistence';
import type { RequestWithUser } from '../auth/auth.decorators';

/**
 * 1 to 200 printable ASCII characters: nothing a database or a log line would mangle (NUL,
 * controls, bytes outside ASCII).
 */
const KEY = /^[\x20-\x7E]{1,200}$/;

/** The request's `Idempotency-Key`, undefined when absent; a malformed one is a 400. */
export function idempotencyKeyOf(request: RequestWithUser): string | undefined {
  const value = request.headers['idempotency-key'];
  if (value === undefined) {
    return undefined;
  }
  if (typeof value !== 'string' || !KEY.test(value)) {
    throw DomainError.invalid('Idempotency-Key', 'must be 1 to 200 printable ASCII characters');
  }
  return value;
}

function callerOf(request: RequestWithUser): string {
  if (!request.user) {
    throw new Error('an Idempotency-Key taken on a route without authentication');
  }
  return request.user.id;
}

const pathOf = (request: RequestWithUser): string => request.url.split('?', 1)[0] ?? request.url;

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** SHA-256 (hex) of a JSON body's canonical JSON: the same fields in any order are one body. */
export const jsonBodySha256 = (request: RequestWithUser): string =>
  sha256(canonicalJson(request.body ?? null));

/**
 * What the key stands for where it meets Temporal (an update id, a cycle id): the caller, the
 * method and path, and the key, hashed, so two callers' keys or one key on two routes never meet.
 */
export function scopedIdempotencyKey(request: RequestWithUser, key: string): string {
  return sha256(JSON.stringify([callerOf(request), request.method, pathOf(request), key]));
}

/** Who sent the request and where: what a key's use is compared on before its body. */
type Sender = Omit<IdempotencyKeyUse, 'key' | 'bodySha256'>;

export function senderOf(request: RequestWithUser): Sender {
  return {
    callerId: callerOf(request),
    method: request.method,
    route: request.routeOptions.url ?? pathOf(request),
    path: pathOf(request),
  };
}

/** This request as a use of `key`, its body hashing to `bodySha256`. */
export function useOf(
  request: RequestWithUser,
  key: string,
  bodySha256: string,
): IdempotencyKeyUse {
  return { key, ...senderOf(request), bodySha256 };
}

const SENDER: (keyof Sender)[] = ['callerId', 'method', 'route', 'path'];

/**
 * Refuses with 422 a use of a key that is not its first use again: another caller, route or
 * body. Without `bodySha256` only the caller and route are compared (a streamed body is hashed
 * only once these match).
 */
export function refuseOtherUse(
  first: IdempotencyKeyFirstUse,
  use: Sender & { bodySha256?: string },
): void {
  const fields: (keyof IdempotencyKeyFirstUse & keyof IdempotencyKeyUse)[] =
    use.bodySha256 === undefined ? SENDER : [...SENDER, 'bodySha256'];
  const differs = fields.filter((field) => first[field] !== use[field]);
  if (differs.length === 0) {
    return;
  }
  const how = differs.includes('callerId')
    ? 'by another caller'
    : differs.length === 1 && differs[0] === 'bodySha256'
      ? 'with another body'
      : 'on another route';
  throw new DomainError(
    ErrorCode.IdempotencyKeyReused,
    `this Idempotency-Key was first used ${how}; nothing was done: send a new key for a new request`,
  );
}
