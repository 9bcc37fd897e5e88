import { applyDecorators, createParamDecorator } from '@nestjs/common';
import type { ExecutionContext, Type } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiResponse } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { versionTag } from '@app/domain';

const ETAG_HEADER = {
  ETag: {
    description: 'The version answered, quoted (`"3"`): send it back as `If-Match` to edit it.',
    schema: { type: 'string', example: '"3"' },
  },
};

/** Sets the answer's ETag to the entity's version and answers the entity. */
export function tagged<T extends { version: number }>(reply: FastifyReply, view: T): T {
  void reply.header('etag', versionTag(view.version));
  return view;
}

/** The request's If-Match header, when it has one: the version an edit was made from. */
export const IfMatch = createParamDecorator(
  (_data: unknown, context: ExecutionContext): string | undefined => {
    const header = context.switchToHttp().getRequest<FastifyRequest>().headers['if-match'];
    return Array.isArray(header) ? header.join(', ') : header;
  },
);

/** A read answering a versioned entity with its ETag. */
export function ApiVersionedRead(type: Type, description?: string): MethodDecorator {
  return ApiOkResponse({ type, description, headers: ETAG_HEADER });
}

/** An edit of a versioned entity: If-Match in, the edited entity and its ETag out, 412 if stale. */
export function ApiVersionedEdit(type: Type, description: string): MethodDecorator {
  return applyDecorators(
    ApiHeader({
      name: 'If-Match',
      required: false,
      description:
        'The ETag read (`"3"`): the edit is refused with 412 when the entity has changed since. Without it the edit applies to the current version.',
    }),
    ApiOkResponse({ type, description, headers: ETAG_HEADER }),
    ApiResponse({
      status: 412,
      description:
        'If-Match names another version than the current one: read the entity again; nothing was changed.',
    }),
  );
}
