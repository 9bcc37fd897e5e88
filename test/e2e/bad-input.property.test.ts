import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { Role } from '@app/domain';
import { startCycleOnNewService } from '../support/cycle-steps';
import { queryDatabase } from '../support/database';
import type { TestStack } from '../support/test-stack';
import { startTestStack } from '../support/test-stack';

/** Holds every role, so requests get past authorization to validation and the rules behind it. */
const everyone = {
  sub: 'fuzz-everyone',
  roles: [Role.Improver, Role.Manager, Role.Auditor, Role.Admin],
};

/** Bodies no endpoint should accept: wrong shapes, wrong types, unknown fields, huge values. */
const badBody = fc.oneof(
  fc.constant(undefined),
  fc.jsonValue({ maxDepth: 3 }),
  fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 6 }),
  fc.record({ name: fc.oneof(fc.integer(), fc.boolean(), fc.constant(null)), kind: fc.string() }),
  fc.record({ huge: fc.string({ minLength: 5_000, maxLength: 20_000 }) }),
  fc.record({ causes: fc.array(fc.anything(), { minLength: 51, maxLength: 80 }) }),
  fc.record({ serviceId: fc.string(), score: fc.double(), unknownField: fc.string() }),
);

/** Malformed JSON text, sent as is. */
const malformed = fc.oneof(
  fc.constant('{"a":'),
  fc.constant('[1,2'),
  fc.string({ maxLength: 40 }).map((s) => `{${s}`),
);

const pathId = fc.oneof(
  fc.uuid(),
  fc.constant('not-a-uuid'),
  fc.constant('1'),
  fc.string({ minLength: 1, maxLength: 30 }),
);

describe('bad input against every write endpoint of the OpenAPI document', () => {
  let stack: TestStack;
  let writes: { method: string; path: string }[];
  let cycleId: string;

  beforeAll(async () => {
    stack = await startTestStack();
    const document = (await stack.http.get('/docs-json')).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    writes = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.keys(operations)
        .filter((method) => method === 'post' || method === 'put')
        .map((method) => ({ method: method.toUpperCase(), path })),
    );
    // A real cycle too, so commands also meet the workflow's own validators.
    cycleId = (await startCycleOnNewService(stack.http)).id;
  });
  afterAll(async () => {
    await stack.close();
  });

  it('covers every write endpoint', () => {
    const routes = writes.map(({ method, path }) => `${method} ${path}`);
    expect(routes).toEqual(
      expect.arrayContaining([
        'POST /v1/areas',
        'POST /v1/services',
        'POST /v1/surveys/{id}/responses',
        'POST /v1/cycles',
        'PUT /v1/cycles/{id}/gap',
        'POST /v1/cycles/{id}/decisions',
        'POST /v1/cycles/{id}/initiatives/{initiativeId}/progress',
        'POST /v1/maturity/self-test',
      ]),
    );
  });

  it('answers each with a 4xx problem, never 5xx, and writes nothing', async () => {
    const endpoint = fc.constantFrom(...writes);
    await fc.assert(
      fc.asyncProperty(
        endpoint,
        pathId,
        fc.boolean(),
        badBody,
        malformed,
        fc.boolean(),
        async (endpointRoute, id, realCycle, body, raw, sendRaw) => {
          const requestId = `fuzz-${randomUUID()}`;
          const path = endpointRoute.path.replace(/\{[^}]+\}/g, () =>
            realCycle ? cycleId : encodeURIComponent(id),
          );
          const answer = await stack.http.request(endpointRoute.method, path, {
            as: everyone,
            headers: { 'x-request-id': requestId },
            ...(sendRaw ? { rawBody: raw } : body === undefined ? {} : { body }),
          });
          const written = await queryDatabase(
            'SELECT seq FROM audit_events WHERE request_id = $1',
            [requestId],
          );
          const clientError = answer.status >= 400 && answer.status < 500;
          const problem = String(answer.headers.get('content-type')).includes(
            'application/problem+json',
          );
          const route = `${endpointRoute.method} ${path}`;
          const verdict =
            clientError && problem && written.length === 0
              ? 'refused cleanly'
              : { status: answer.status, problem, written: written.length, body: answer.body };
          expect({ route, verdict }).toEqual({ route, verdict: 'refused cleanly' });
        },
      ),
      { numRuns: 400, seed: 20261122, endOnFailure: true },
    );
  });
});
