import type { ArgumentsHost, ExceptionFilter } from '@nestjs/common';
import { Catch, HttpException, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, ErrorCode } from '@app/domain';
import { RequestValidationError } from '../validation/request-validation.error';
import type { ProblemDetails } from './problem-details';
import { problem, PROBLEM_CONTENT_TYPE } from './problem-details';

export function statusForErrorCode(code: ErrorCode): number {
  switch (code) {
    case ErrorCode.InvalidInput:
      return 400;
    case ErrorCode.Forbidden:
      return 403;
    case ErrorCode.NotFound:
      return 404;
    case ErrorCode.Conflict:
      return 409;
    case ErrorCode.Unavailable:
      return 503;
  }
}

/** Turns every error into an `application/problem+json` answer; unknown ones are logged. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const body = {
      ...this.toProblem(exception, request),
      instance: request.url,
      requestId: request.id,
    };
    void reply.status(body.status).header('content-type', PROBLEM_CONTENT_TYPE).send(body);
  }

  private toProblem(exception: unknown, request: FastifyRequest): ProblemDetails {
    if (exception instanceof RequestValidationError) {
      return problem(400, 'The request is not valid.', { errors: exception.fields });
    }
    if (exception instanceof DomainError) {
      const status = statusForErrorCode(exception.code);
      return problem(
        status,
        exception.message,
        exception.fields.length ? { errors: exception.fields } : {},
      );
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
