import { randomUUID } from 'node:crypto';
import { queryDatabase } from '../support/database';
import type { HttpResponse } from '../support/http-client';
import type { TestStack } from '../support/test-stack';
import { startTestStack } from '../support/test-stack';
import { users } from '../support/users';

/** `depth` arrays, or objects, inside one another, as JSON text around `core`. */
function nestedJson(depth: number, kind: 'arrays' | 'objects', core = 'null'): string {
  return kind === 'arrays'
    ? `${'['.repeat(depth)}${core}${']'.repeat(depth)}`
    : `${'{"a":'.repeat(depth)}${core}${'}'.repeat(depth)}`;
}

describe('JSON bodies nested deeper than 64 levels answer 400, never a crash', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack({ worker: false });
  });
  afterAll(async () => {
    await stack.close();
  });

  /** Sends `rawBody` with an Idempotency-Key, so nothing that hashes a body may walk it either. */
  const send = (method: string, path: string, rawBody: string, as = users.improver) => {
    const requestId = `deep-${randomUUID()}`;
    const answer = stack.http.request(method, path, {
      as,
      rawBody,
      headers: { 'idempotency-key': randomUUID(), 'x-request-id': requestId },
    });
    return { answer, requestId };
  };
  const writtenBy = async (requestId: string) =>
    (await queryDatabase('SELECT 1 FROM audit_events WHERE request_id = $1', [requestId])).length;
  function expectTooDeep(answer: HttpResponse): void {
    expect({ status: answer.status, type: answer.headers.get('content-type') }).toEqual({
      status: 400,
      type: expect.stringContaining('application/problem+json'),
    });
    expect(answer.body.errors).toEqual([
      { field: 'body', message: expect.stringContaining('deeper than 64 levels') },
    ]);
  }

  it.each(['arrays', 'objects'] as const)(
    'a body of %s nested 10,000 deep answers 400 naming the limit, on every kind of route',
    async (kind) => {
      const body = nestedJson(10_000, kind);
      const routes: [string, string, typeof users.admin][] = [
        ['POST', '/v1/areas', users.improver],
        ['POST', '/v1/service-accounts', users.admin],
        ['POST', '/v1/maturity/self-test', users.improver],
        // A cycle command hashes its body for its Idempotency-Key before anything else.
        ['PUT', `/v1/cycles/${randomUUID()}/gap`, users.improver],
      ];
      for (const [method, path, as] of routes) {
        const { answer, requestId } = send(method, path, body, as);
        expectTooDeep(await answer);
        expect(await writtenBy(requestId)).toBe(0);
      }
      expect((await stack.http.get('/health')).status).toBe(200);
    },
  );

  it('admits 64 levels to validation, and refuses 65 before it', async () => {
    // The body is one level, its field's arrays the rest.
    const fieldNested = (depth: number) =>
      `{"name":${nestedJson(depth - 1, 'arrays', '"x"')},"kind":"front"}`;
    const admitted = await send('POST', '/v1/areas', fieldNested(64)).answer;
    expect(admitted.status).toBe(400);
    // Refused by the field's own rules (not a string), not for its depth.
    const fields = admitted.body.errors.map((error: { field: string }) => error.field);
    expect(new Set(fields)).toEqual(new Set(['name']));

    expectTooDeep(await send('POST', '/v1/areas', fieldNested(65)).answer);
  });
});
