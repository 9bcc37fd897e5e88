import { applyDecorators } from '@nestjs/common';
import type { Type } from '@nestjs/common';
import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { ApiExtraModels, ApiOkResponse, getSchemaPath } from '@nestjs/swagger';

/** The schema of one page of a list: `{ items, nextCursor }`, each item a `model`. */
export function listSchemaOf(model: Type<unknown>): SchemaObject {
  return {
    type: 'object',
    required: ['items', 'nextCursor'],
    properties: {
      items: { type: 'array', items: { $ref: getSchemaPath(model) } },
      nextCursor: {
        type: 'string',
        nullable: true,
        description: 'Pass as `cursor` for the next page; null on the last one.',
      },
    },
  };
}

/** A 200 answer that is one page of a list of `model` (see ListResponse). */
export function ApiListResponse(model: Type<unknown>, description?: string): MethodDecorator {
  return applyDecorators(
    ApiExtraModels(model),
    ApiOkResponse({ schema: listSchemaOf(model), ...(description ? { description } : {}) }),
  );
}

/** A 200 answer that is the whole list of `model`, unpaged: `{ items }`. */
export function ApiItemsResponse(model: Type<unknown>, description?: string): MethodDecorator {
  return applyDecorators(
    ApiExtraModels(model),
    ApiOkResponse({
      schema: {
        type: 'object',
        required: ['items'],
        properties: { items: { type: 'array', items: { $ref: getSchemaPath(model) } } },
      },
      ...(description ? { description } : {}),
    }),
  );
}
