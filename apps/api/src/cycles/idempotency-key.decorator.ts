import type { ExecutionContext } from '@nestjs/common';
import { createParamDecorator } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { DomainError } from '@app/domain';

/**
 * 1 to 200 printable ASCII characters: the key becomes a Temporal update id and is stored as
 * text, so nothing a database or a log line would mangle (NUL, controls, bytes outside ASCII).
 */
const KEY = /^[\x20-\x7E]{1,200}$/;

/** The optional `Idempotency-Key` header: a retried request with the same key gets the first answer. */
export const IdempotencyKey = createParamDecorator(
  (_data: unknown, context: ExecutionContext): string | undefined => {
    const value = context.switchToHttp().getRequest<FastifyRequest>().headers['idempotency-key'];
    if (value === undefined) {
      return undefined;
    }
    if (typeof value !== 'string' || !KEY.test(value)) {
      throw DomainError.invalid('Idempotency-Key', 'must be 1 to 200 printable ASCII characters');
    }
    return value;
  },
);
