import type { CallHandler, ExecutionContext, NestInterceptor } from '@nestjs/common';
import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { Observable } from 'rxjs';
import { canonicalJson, DomainError, ErrorCode } from '@app/domain';
import type { IdempotencyKeyUse } from '@app/persistence';
import { IdempotencyKeyRepository } from '@app/persistence';
import type { RequestWithUser } from '../auth/auth.decorators';

/**
 * 1 to 200 printable ASCII characters: the key is stored as text and logged, so nothing a
 * database or a log line would mangle (NUL, controls, bytes outside ASCII).
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
    throw new Error('IdempotencyKey used on a route without authentication');
  }
  return request.user.id;
}

const pathOf = (request: RequestWithUser): string => request.url.split('?', 1)[0] ?? request.url;

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/**
 * What the key stands for where it meets Temporal (an update id, a cycle id): the caller, the
 * method and path, and the key, hashed, so two callers' keys or one key on two routes never meet.
 */
export function scopedIdempotencyKey(request: RequestWithUser, key: string): string {
  return sha256(JSON.stringify([callerOf(request), request.method, pathOf(request), key]));
}

/** This request as a use of `key`: caller, method, route template, path and body hash. */
function useOf(request: RequestWithUser, key: string): IdempotencyKeyUse {
  return {
    key,
    callerId: callerOf(request),
    method: request.method,
    route: request.routeOptions.url ?? pathOf(request),
    path: pathOf(request),
    bodySha256: sha256(canonicalJson(request.body ?? null)),
  };
}

const SAME_USE: (keyof IdempotencyKeyUse)[] = ['callerId', 'method', 'route', 'path', 'bodySha256'];

/**
 * A key belongs to its first use, recorded in PostgreSQL so that it holds across API processes:
 * the same caller, route and body pass on (and get the first answer from Temporal); anything
 * else is refused with 422 before the handler runs, so it changes nothing. Attached by
 * `@IdempotencyKey()`.
 */
@Injectable()
export class IdempotencyKeyInterceptor implements NestInterceptor {
  constructor(private readonly keys: IdempotencyKeyRepository) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const request = context.switchToHttp().getRequest<RequestWithUser>();
    const key = idempotencyKeyOf(request);
    if (key !== undefined) {
      const use = useOf(request, key);
      const first = await this.keys.claim(use);
      const differs = SAME_USE.filter((field) => first[field] !== use[field]);
      if (differs.length > 0) {
        throw new DomainError(ErrorCode.IdempotencyKeyReused, reuseMessage(differs));
      }
    }
    return next.handle();
  }
}

function reuseMessage(differs: (keyof IdempotencyKeyUse)[]): string {
  const how = differs.includes('callerId')
    ? 'by another caller'
    : differs.length === 1 && differs[0] === 'bodySha256'
      ? 'with another body'
      : 'on another route';
  return `this Idempotency-Key was first used ${how}; nothing was done: send a new key for a new request`;
}
