import { Metadata, status as GrpcStatus } from '@grpc/grpc-js';
import type { ArgumentsHost } from '@nestjs/common';
import { ServiceError, WorkflowUpdateRPCTimeoutOrCancelledError } from '@temporalio/client';
import { ErrorCode } from '@app/domain';
import {
  ProblemDetailsFilter,
  statusForErrorCode,
  temporalOverload,
} from './problem-details.filter';

/** What @grpc/grpc-js rejects a call with (its callErrorFromStatus): an Error with the status. */
function grpcError(code: GrpcStatus, details: string): Error {
  return Object.assign(new Error(`${code} ${GrpcStatus[code]}: ${details}`), {
    code,
    details,
    metadata: new Metadata(),
  });
}

describe('statusForErrorCode', () => {
  it('maps every domain error code to the status the contract names', () => {
    expect(Object.values(ErrorCode).map((code) => [code, statusForErrorCode(code)])).toEqual([
      [ErrorCode.InvalidInput, 400],
      [ErrorCode.NotFound, 404],
      [ErrorCode.Conflict, 409],
      [ErrorCode.Forbidden, 403],
      [ErrorCode.Unavailable, 503],
      [ErrorCode.IdempotencyKeyReused, 422],
      [ErrorCode.UncoveredCauses, 409],
      [ErrorCode.ServiceAccountCannotDecide, 403],
      [ErrorCode.PreconditionFailed, 412],
    ]);
  });
});

describe('Temporal overloaded or out of reach', () => {
  const exhausted = new ServiceError('Failed to start Workflow', {
    cause: grpcError(GrpcStatus.RESOURCE_EXHAUSTED, 'namespace rate limit exceeded'),
  });
  const unavailable = new ServiceError('Failed to describe workflow', {
    cause: grpcError(GrpcStatus.UNAVAILABLE, 'No connection established'),
  });

  it('maps RESOURCE_EXHAUSTED to 429 and UNAVAILABLE to 503, with a Retry-After', () => {
    expect(temporalOverload(exhausted)).toMatchObject({ status: 429, retryAfterSeconds: 2 });
    expect(temporalOverload(unavailable)).toMatchObject({ status: 503, retryAfterSeconds: 5 });
    // The bare gRPC error and one wrapped twice are found as well.
    expect(temporalOverload(grpcError(GrpcStatus.UNAVAILABLE, 'x'))?.status).toBe(503);
    const wrapped = new WorkflowUpdateRPCTimeoutOrCancelledError('update failed', {
      cause: exhausted,
    });
    expect(temporalOverload(wrapped)?.status).toBe(429);
  });

  it('leaves other errors to the rest of the filter', () => {
    expect(temporalOverload(grpcError(GrpcStatus.INVALID_ARGUMENT, 'bad'))).toBeUndefined();
    expect(
      temporalOverload(new ServiceError('x', { cause: grpcError(GrpcStatus.INTERNAL, 'y') })),
    ).toBeUndefined();
    expect(temporalOverload(new Error('plain'))).toBeUndefined();
    expect(temporalOverload('not an error')).toBeUndefined();
  });

  it('answers a problem+json with Retry-After', () => {
    const sent: { status?: number; headers: Record<string, string>; body?: unknown } = {
      headers: {},
    };
    const reply = {
      status(code: number) {
        sent.status = code;
        return reply;
      },
      header(name: string, value: string) {
        sent.headers[name] = value;
        return reply;
      },
      send(body: unknown) {
        sent.body = body;
        return reply;
      },
    };
    const host = {
      switchToHttp: () => ({
        getRequest: () => ({ url: '/v1/cycles', id: 'req-1' }),
        getResponse: () => reply,
      }),
    } as unknown as ArgumentsHost;
    new ProblemDetailsFilter().catch(unavailable, host);
    expect(sent).toEqual({
      status: 503,
      headers: { 'retry-after': '5', 'content-type': 'application/problem+json' },
      body: expect.objectContaining({
        status: 503,
        title: 'Service Unavailable',
        instance: '/v1/cycles',
        requestId: 'req-1',
      }),
    });
  });
});
