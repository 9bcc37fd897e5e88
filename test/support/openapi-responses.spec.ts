import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '@app/local-stack';
import type { ObservedResponse, OpenApiDocument } from './openapi-responses';
import { OpenApiResponseChecker, toJsonSchema } from './openapi-responses';

const document: OpenApiDocument = {
  paths: {
    '/v1/things/{id}': {
      get: {
        responses: {
          '200': {
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } },
          },
          '404': {
            content: {
              'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } },
            },
          },
        },
      },
    },
    '/v1/things/count': {
      get: { responses: { '200': { content: { 'text/plain': { schema: { type: 'string' } } } } } },
    },
    '/v1/things/{id}/archive': { post: { responses: { '204': {} } } },
  },
  components: {
    schemas: {
      Thing: {
        type: 'object',
        required: ['id', 'owner', 'at'],
        properties: {
          id: { type: 'string', format: 'uuid' },
          at: { type: 'string', format: 'date-time' },
          owner: {
            type: 'object',
            nullable: true,
            allOf: [{ $ref: '#/components/schemas/Owner' }],
          },
          size: { type: 'integer', example: 3 },
        },
      },
      Owner: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } },
      Problem: { type: 'object', properties: { status: { type: 'integer' } } },
    },
  },
};

const ID = '0d6f7e52-8a3c-4d7e-9c1b-2f4a5b6c7d8e';
const thing = { id: ID, at: '2026-05-01T10:00:00.000Z', owner: { name: 'ana' }, size: 2 };

function answer(overrides: Partial<ObservedResponse> & { body?: unknown }): ObservedResponse {
  const body = overrides.body ?? thing;
  return {
    method: 'GET',
    path: `/v1/things/${ID}`,
    status: 200,
    contentType: 'application/json; charset=utf-8',
    text: JSON.stringify(body),
    ...overrides,
    body,
  };
}

describe('checking answers against the OpenAPI document', () => {
  const checker = new OpenApiResponseChecker(document);

  it('accepts a body its schema describes, null for a nullable ref included', () => {
    expect(checker.problem(answer({}))).toBeNull();
    expect(checker.problem(answer({ body: { ...thing, owner: null } }))).toBeNull();
    expect(checker.problem(answer({ path: `/v1/things/${ID}?expand=all` }))).toBeNull();
  });

  it('rejects a wrong body, naming the method, path, status and the field at fault', () => {
    const problem = checker.problem(answer({ body: { ...thing, size: 2.5, owner: {} } }));
    expect(problem).toContain(`GET /v1/things/${ID} answered 200`);
    expect(problem).toContain('/size must be integer');
    expect(problem).toContain("/owner must have required property 'name'");
  });

  it('rejects a field the schema does not name, and a date-time without its offset', () => {
    expect(checker.problem(answer({ body: { ...thing, secret: 'x' } }))).toContain('secret');
    expect(checker.problem(answer({ body: { ...thing, at: '2026-05-01T10:00:00' } }))).toContain(
      '/at must match format "date-time"',
    );
  });

  it('rejects a status the operation does not document', () => {
    expect(checker.problem(answer({ status: 500, contentType: 'application/problem+json' }))).toBe(
      `GET /v1/things/${ID} answered 500: GET /v1/things/{id} documents no 500 (only 200, 404)`,
    );
  });

  it('rejects a content type the status does not document, and a body where none is', () => {
    expect(checker.problem(answer({ status: 404 }))).toContain('the document gives 404');
    const archived = { method: 'POST', path: `/v1/things/${ID}/archive`, status: 204 };
    expect(checker.problem(answer({ ...archived, text: '', body: '' }))).toBeNull();
    expect(checker.problem(answer(archived))).toContain('the document gives 204 no body');
  });

  it('prefers a literal path over a template and rejects paths and methods it does not know', () => {
    const count = { path: '/v1/things/count', contentType: 'text/plain', text: '3', body: '3' };
    expect(checker.problem(answer(count))).toBeNull();
    expect(checker.problem(answer({ path: '/v1/nothing' }))).toContain('no path of');
    expect(checker.problem(answer({ method: 'DELETE' }))).toContain('has no DELETE');
  });

  it('skips the routes left out of the document on purpose', () => {
    expect(checker.problem(answer({ path: '/docs-json', body: {} }))).toBeNull();
    expect(checker.problem(answer({ path: '/app/cycles/1', contentType: 'text/html' }))).toBeNull();
    expect(checker.problem(answer({ method: 'OPTIONS', status: 204 }))).toBeNull();
  });

  it('turns nullable into a union with null and keeps property names that look like keywords', () => {
    expect(
      toJsonSchema({
        type: 'object',
        properties: { example: { type: 'string', nullable: true } },
        'x-roles': ['admin'],
      }),
    ).toEqual({
      type: 'object',
      properties: { example: { anyOf: [{ type: 'string' }, { type: 'null' }] } },
      additionalProperties: false,
    });
  });

  it('compiles every response schema of the committed document', () => {
    const committed = JSON.parse(
      readFileSync(join(projectRoot(), 'apps', 'api', 'openapi.json'), 'utf8'),
    ) as OpenApiDocument;
    const all = new OpenApiResponseChecker(committed);
    for (const [template, operations] of Object.entries(committed.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        for (const [status, response] of Object.entries(operation.responses ?? {})) {
          for (const [contentType, media] of Object.entries(response.content ?? {})) {
            const path = template.replace(/\{[^}]+\}/g, ID);
            const observed = { method, path, status: Number(status), contentType, text: '{}' };
            // A compile error throws; a mismatch of `{}` is only a string.
            expect(() => all.problem({ ...observed, body: media.schema ? {} : '' })).not.toThrow();
          }
        }
      }
    }
  });
});
