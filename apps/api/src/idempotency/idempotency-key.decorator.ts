import type { ExecutionContext } from '@nestjs/common';
import { createParamDecorator, UseInterceptors } from '@nestjs/common';
import { ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { RequestWithUser } from '../auth/auth.decorators';
import { idempotencyKeyOf, scopedIdempotencyKey } from './idempotency-key';
import { IdempotencyKeyInterceptor } from './idempotency-key.interceptor';

const scopedKeyParam = createParamDecorator(
  (_data: unknown, context: ExecutionContext): string | undefined => {
    const request = context.switchToHttp().getRequest<RequestWithUser>();
    const key = idempotencyKeyOf(request);
    return key === undefined ? undefined : scopedIdempotencyKey(request, key);
  },
);

/**
 * The optional `Idempotency-Key` header, scoped to the caller and the route (a hash of both with
 * the key), for use as a Temporal update id: a retry with the same key gets the first answer. It
 * also puts {@link IdempotencyKeyInterceptor} on the route, which refuses the key with 422 when
 * its first use had another caller, route or body.
 */
export function IdempotencyKey(): ParameterDecorator {
  return (target, propertyKey, index) => {
    scopedKeyParam()(target, propertyKey, index);
    const descriptor =
      propertyKey === undefined ? undefined : Object.getOwnPropertyDescriptor(target, propertyKey);
    if (propertyKey === undefined || !descriptor) {
      throw new Error('@IdempotencyKey() belongs on a route handler’s parameter');
    }
    UseInterceptors(IdempotencyKeyInterceptor)(target, propertyKey, descriptor);
    ApiUnprocessableEntityResponse({
      description:
        'Problem type `/problems/idempotency-key-reused`: the Idempotency-Key was first used by another caller, on another route or with another body. Nothing was done.',
    })(target, propertyKey, descriptor);
  };
}
