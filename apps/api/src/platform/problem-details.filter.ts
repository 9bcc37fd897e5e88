import type { ArgumentsHost, ExceptionFilter } from '@nestjs/common';
import { Catch, HttpException, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { isGrpcServiceError } from '@temporalio/client';
import { DomainError, ErrorCode } from '@app/domain';
import { RequestValidationError } from '../validation/request-validation.error';
import { isDatabaseOutage } from './database-outage';
import type { ProblemDetails } from './problem-details';
import { problem, PROBLEM_CONTENT_TYPE, problemTypeOf } from './problem-details';

export function statusForErrorCode(code: ErrorCode): number {
  switch (code) {
    case ErrorCode.InvalidInput:
      return 400;
    case ErrorCode.Forbidden:
    case ErrorCode.ServiceAccountCannotDecide:
      return 403;
    case ErrorCode.NotFound:
      return 404;
    case ErrorCode.Conflict:
    case ErrorCode.UncoveredCauses:
      return 409;
    case ErrorCode.PreconditionFailed:
      return 412;
    case ErrorCode.Unavailable:
      return 503;
    case ErrorCode.IdempotencyKeyReused:
      return 422;
  }
}

/** gRPC status codes Temporal answers with when it is overloaded or out of reach. */
const GRPC_RESOURCE_EXHAUSTED = 8;
const GRPC_UNAVAILABLE = 14;
const RETRY_UNAVAILABLE_SECONDS = 5;

export interface TransientOutage {
  status: 429 | 503;
  retryAfterSeconds: number;
  detail: string;
}

/**
 * Temporal refusing work (RESOURCE_EXHAUSTED: rate limited) or out of reach (UNAVAILABLE) is
 * transient and no fault of the caller: 429 or 503 with Retry-After, not a 500. The SDK wraps the
 * gRPC error (e.g. in a ServiceError), so the cause chain is searched.
 */
export function temporalOverload(exception: unknown): TransientOutage | undefined {
  let current: unknown = exception;
  for (let depth = 0; current instanceof Error && depth < 8; depth += 1) {
    if (isGrpcServiceError(current)) {
      const code: number = current.code;
      switch (code) {
        case GRPC_RESOURCE_EXHAUSTED:
          return {
            status: 429,
            retryAfterSeconds: 2,
            detail: 'The workflow service is busy; retry shortly.',
          };
        case GRPC_UNAVAILABLE:
          return {
            status: 503,
            retryAfterSeconds: RETRY_UNAVAILABLE_SECONDS,
            detail: 'The workflow service is unavailable; retry shortly.',
          };
        default:
          return undefined;
      }
    }
    current = current.cause;
  }
  return undefined;
}

function databaseOutage(exception: unknown): TransientOutage | undefined {
  return isDatabaseOutage(exception)
    ? {
        status: 503,
        retryAfterSeconds: RETRY_UNAVAILABLE_SECONDS,
        detail: 'The database is unavailable; retry shortly.',
      }
    : undefined;
}

/** Turns every error into an `application/problem+json` answer; unknown ones are logged. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const overload = temporalOverload(exception) ?? databaseOutage(exception);
    if (overload) {
      this.logger.warn({
        msg: 'temporal or the database overloaded or unreachable',
        requestId: request.id,
        status: overload.status,
        error: String(exception),
      });
      void reply.header('retry-after', String(overload.retryAfterSeconds));
    }
    const body = {
      ...(overload
        ? problem(overload.status, overload.detail)
        : this.toProblem(exception, request)),
      instance: request.url,
      requestId: request.id,
    };
    if (body.status === 503 && !overload) {
      // Not confirmed in time or out of reach: transient, and safe to retry with the same key.
      void reply.header('retry-after', String(RETRY_UNAVAILABLE_SECONDS));
    }
    void reply.status(body.status).header('content-type', PROBLEM_CONTENT_TYPE).send(body);
  }

  private toProblem(exception: unknown, request: FastifyRequest): ProblemDetails {
    if (exception instanceof RequestValidationError) {
      return problem(400, 'The request is not valid.', { errors: exception.fields });
    }
    if (exception instanceof DomainError) {
      const status = statusForErrorCode(exception.code);
      return problem(status, exception.message, {
        ...problemTypeOf(exception.code),
        ...(exception.fields.length ? { errors: exception.fields } : {}),
      });
    }
    if (exception instanceof HttpException) {
      return problem(exception.getStatus(), exception.message);
    }
    const fastifyStatus = clientErrorStatus(exception);
    if (fastifyStatus !== undefined) {
      return problem(fastifyStatus, describeFastifyError(exception, fastifyStatus));
    }
    const errorId = randomUUID();
    this.logger.error(
      {
        msg: 'unhandled error',
        errorId,
        requestId: request.id,
        url: request.url,
        error: String(exception),
      },
      exception instanceof Error ? exception.stack : undefined,
    );
    return problem(500, 'Something went wrong on our side; quote the errorId when reporting it.', {
      errorId,
    });
  }
}

/** Fastify's own errors (malformed JSON, body too large, wrong content type) carry a 4xx status. */
function clientErrorStatus(exception: unknown): number | undefined {
  const status = (exception as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}

function describeFastifyError(exception: unknown, status: number): string {
  const code = (exception as { code?: string }).code;
  switch (code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'The body is not valid JSON.';
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'The body is larger than this API accepts.';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'Send JSON with content-type application/json.';
    default:
      return exception instanceof Error
        ? exception.message
        : `Request failed with status ${status}.`;
  }
}
