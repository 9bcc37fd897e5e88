import type { CallHandler, ExecutionContext, NestInterceptor } from '@nestjs/common';
import { Injectable } from '@nestjs/common';
import type { Observable } from 'rxjs';
import { lastValueFrom, of } from 'rxjs';
import { DomainError } from '@app/domain';
import type { IdempotencyKeyFirstUse } from '@app/persistence';
import { IdempotencyKeyRepository } from '@app/persistence';
import type { RequestWithUser } from '../auth/auth.decorators';
import { CsvBody } from '../imports/csv-body.parser';
import {
  idempotencyKeyOf,
  jsonBodySha256,
  refuseOtherUse,
  senderOf,
  useOf,
} from './idempotency-key';
import { openAnswer, sealAnswer } from './sealed-answer';

/**
 * For requests that create something in PostgreSQL: a retry with the same key, caller, route and
 * body gets the first answer and writes nothing more; another caller, route or body gets 422.
 * The request's writes (catalog changes, a CSV import) join one transaction, a keyed write, that
 * ends by recording the key with the first answer (sealed): the key, the writes and the answer
 * commit together or not at all, so no crash leaves a write without its key. Two requests with
 * one key at once: the second waits for the first's end in PostgreSQL (a row of the key, or a lock
 * the first holds), its own writes are rolled back, and it gets the first's answer. A refused
 * request (4xx) records nothing: the key stays free. Attached by `@IdempotentWrite()`.
 */
@Injectable()
export class IdempotentWriteInterceptor implements NestInterceptor {
  constructor(private readonly keys: IdempotencyKeyRepository) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const request = context.switchToHttp().getRequest<RequestWithUser>();
    const key = idempotencyKeyOf(request);
    if (key === undefined) {
      return next.handle();
    }
    const first = await this.keys.firstUse(key);
    if (first) {
      return of(await firstAnswer(first, request, key));
    }
    // Hashed before the handler: nothing it does to the parsed body counts.
    const jsonSha256 = request.body instanceof CsvBody ? undefined : jsonBodySha256(request);
    const write = this.keys.keyedWrite();
    try {
      const answer: unknown = await lastValueFrom(write.around(() => next.handle()));
      const use = useOf(request, key, jsonSha256 ?? (await bodySha256(request)));
      if (await this.keys.commitFirstUse(write, use, sealAnswer(key, answer))) {
        return of(answer);
      }
    } catch (error) {
      await write.abandon();
      // Refused, perhaps for what a concurrent request with this key did first: its answer wins.
      const winner = await this.keys.firstUse(key);
      if (!winner) {
        throw error;
      }
      return of(await firstAnswer(winner, request, key));
    }
    // Another request recorded the key while this one ran: nothing of this one stays.
    const winner = await this.keys.firstUse(key);
    if (!winner) {
      throw new Error('an idempotency key was taken, then not found');
    }
    return of(await firstAnswer(winner, request, key));
  }
}

async function bodySha256(request: RequestWithUser): Promise<string> {
  return request.body instanceof CsvBody ? request.body.sha256() : jsonBodySha256(request);
}

/** The answer kept with the key's first use, if this request is that use again; else 422. */
async function firstAnswer(
  first: IdempotencyKeyFirstUse,
  request: RequestWithUser,
  key: string,
): Promise<unknown> {
  // Caller and route first: a streamed body is read to its end only to compare it.
  refuseOtherUse(first, senderOf(request));
  refuseOtherUse(first, useOf(request, key, await bodySha256(request)));
  if (!first.answer) {
    throw DomainError.conflict(
      'the first request with this Idempotency-Key kept no answer to repeat; send a new key',
    );
  }
  return openAnswer(key, first.answer);
}
