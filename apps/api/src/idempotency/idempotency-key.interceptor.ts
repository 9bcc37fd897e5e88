import type { CallHandler, ExecutionContext, NestInterceptor } from '@nestjs/common';
import { Injectable } from '@nestjs/common';
import type { Observable } from 'rxjs';
import { IdempotencyKeyRepository } from '@app/persistence';
import type { RequestWithUser } from '../auth/auth.decorators';
import { idempotencyKeyOf, jsonBodySha256, refuseOtherUse, useOf } from './idempotency-key';

/**
 * For cycle commands, whose first answer Temporal keeps (the key scopes the update or workflow
 * id): a key belongs to its first use, recorded in PostgreSQL so that it holds across API
 * processes. The same caller, route and body pass on (and get the first answer from Temporal);
 * anything else is refused with 422 before the handler runs, so it changes nothing. Attached by
 * `@IdempotencyKey()`.
 */
@Injectable()
export class IdempotencyKeyInterceptor implements NestInterceptor {
  constructor(private readonly keys: IdempotencyKeyRepository) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const request = context.switchToHttp().getRequest<RequestWithUser>();
    const key = idempotencyKeyOf(request);
    if (key !== undefined) {
      const use = useOf(request, key, jsonBodySha256(request));
      refuseOtherUse(await this.keys.claim(use), use);
    }
    return next.handle();
  }
}
