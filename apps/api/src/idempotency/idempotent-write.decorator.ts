import { applyDecorators, UseInterceptors } from '@nestjs/common';
import { ApiHeader, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { IdempotentWriteInterceptor } from './idempotent-write.interceptor';

/**
 * A creating route that takes an optional `Idempotency-Key`: a retry with the same key, caller and
 * body answers the first answer and writes nothing more (see {@link IdempotentWriteInterceptor}).
 * Its writes must go through the catalog recorder or a bulk import, which join the key's
 * transaction.
 */
export function IdempotentWrite(): MethodDecorator {
  return applyDecorators(
    UseInterceptors(IdempotentWriteInterceptor),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description:
        'Send a new random key (a UUID) with each request you may retry: a retry with the same key, from the same caller with the same body, answers the first answer and writes nothing more, also while the first is still running. A refused request (4xx) keeps no key.',
    }),
    ApiUnprocessableEntityResponse({
      description:
        'Problem type `/problems/idempotency-key-reused`: the Idempotency-Key was first used by another caller, on another route or with another body. Nothing was done.',
    }),
  );
}
