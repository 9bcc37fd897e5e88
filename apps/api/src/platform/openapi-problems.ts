import type { OpenAPIObject } from '@nestjs/swagger';
import type { OperationObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { MAX_JSON_DEPTH } from './json-body.parser';
import { PROBLEM_CONTENT_TYPE } from './problem-details';

type Operation = OperationObject & {
  'x-signed-in-persons'?: boolean;
  'x-people-decide'?: boolean;
};

/** Added to the 403 of a route only people may call (`x-people-decide`). */
const SERVICE_ACCOUNT_403 =
  'With problem type `/problems/service-account-cannot-decide`: the caller is a service account (an `ica_` key), whatever its roles; only people decide.';

const PROBLEM_SCHEMA = {
  type: 'object',
  description: 'RFC 9457 problem details: the body of every error answer.',
  required: ['type', 'title', 'status', 'detail'],
  properties: {
    type: {
      type: 'string',
      description: '`about:blank`, or a problem type such as `/problems/idempotency-key-reused`.',
    },
    title: { type: 'string' },
    status: { type: 'integer', minimum: 400, maximum: 599 },
    detail: { type: 'string' },
    instance: { type: 'string' },
    requestId: { type: 'string' },
    errorId: { type: 'string', description: 'On a 500: the id its log line carries.' },
    errors: {
      type: 'array',
      description: 'Validation errors, one per field.',
      items: {
        type: 'object',
        required: ['field', 'message'],
        properties: { field: { type: 'string' }, message: { type: 'string' } },
      },
    },
  },
};

/** What the global pipes and guards answer, whatever the route. */
const GENERIC: Record<string, string> = {
  '400': `Malformed JSON, JSON nesting objects and arrays deeper than ${MAX_JSON_DEPTH} levels, an unknown field, a wrong type or a value out of range: \`errors\` names each field. Nothing was changed.`,
  '401': 'No token, or not a valid one.',
  '403': 'The caller has no product role this route admits (`x-roles`).',
  '413': 'The body is larger than HTTP_BODY_LIMIT.',
  '415': 'The body is not of the content type the operation takes (`application/json`).',
  '429': 'Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE).',
  '503':
    'The database or the identity provider’s keys are out of reach for now: retry after the `Retry-After` header’s seconds.',
};

/**
 * Adds to every operation the problem answers the global pipeline can give (validation 400,
 * authentication 401, roles 403, body size 413, media type 415, rate limit 429, an outage 503),
 * and gives every error answer the problem+json schema. The pipeline is global, so the document
 * says it in one place too.
 */
export function withProblemResponses(document: OpenAPIObject): OpenAPIObject {
  document.components = {
    ...document.components,
    schemas: { ...document.components?.schemas, ProblemDetails: PROBLEM_SCHEMA },
  };
  for (const operations of Object.values(document.paths)) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch'] as const) {
      const operation: Operation | undefined = operations[method];
      if (operation) {
        addProblems(operation);
      }
    }
  }
  return document;
}

function addProblems(operation: Operation): void {
  const secured = !(Array.isArray(operation.security) && operation.security.length === 0);
  const takesInput = Boolean(operation.requestBody) || (operation.parameters ?? []).length > 0;
  const applies: Record<string, boolean> = {
    '400': takesInput,
    '401': secured,
    '403': secured && !operation['x-signed-in-persons'],
    '413': Boolean(operation.requestBody),
    '415': Boolean(operation.requestBody),
    '429': secured,
    // Every signed-in route reads the database, and verifies its token with the provider's keys.
    '503': secured,
  };
  const responses = operation.responses;
  for (const [status, description] of Object.entries(GENERIC)) {
    if (applies[status] && !responses[status]) {
      responses[status] = { description };
    }
  }
  const forbidden = responses['403'];
  if (operation['x-people-decide'] && forbidden && 'description' in forbidden) {
    forbidden.description = `${forbidden.description} ${SERVICE_ACCOUNT_403}`;
  }
  for (const [status, response] of Object.entries(responses)) {
    if (/^[45]/.test(status) && response && 'description' in response && !response.content) {
      response.content = {
        [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/ProblemDetails' } },
      };
    }
  }
}
