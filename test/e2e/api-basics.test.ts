import { sign } from 'jsonwebtoken';
import { queryDatabase } from '../support/database';
import { createArea } from '../support/factories';
import type { TestStack } from '../support/test-stack';
import { startTestStack } from '../support/test-stack';
import { testEnvironment } from '../support/test-environment';
import { users } from '../support/users';

describe('the API as an operator and a client see it', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(async () => {
    await stack.close();
  });

  describe('operations', () => {
    it('answers liveness and readiness without a token', async () => {
      expect((await stack.http.get('/health')).body).toEqual({ status: 'ok' });
      const ready = await stack.http.get('/health/ready');
      expect(ready.status).toBe(200);
      expect(ready.body).toEqual({ status: 'ready', checks: { database: 'up', temporal: 'up' } });
    });

    it('serves Swagger UI and an OpenAPI document describing every v1 endpoint', async () => {
      const ui = await stack.http.get('/docs');
      expect(ui.status).toBe(200);
      expect(ui.headers.get('content-type')).toContain('text/html');

      const document = await stack.http.get('/docs-json');
      expect(document.status).toBe(200);
      expect(Object.keys(document.body.paths)).toEqual(
        expect.arrayContaining([
          '/v1/areas',
          '/v1/services',
          '/v1/services/{id}',
          '/v1/cycles',
          '/v1/cycles/{id}',
        ]),
      );
      expect(document.body.components.securitySchemes.bearer).toMatchObject({ scheme: 'bearer' });
    });

    it('exposes Prometheus metrics with request durations by route', async () => {
      await stack.http.get('/health');
      const metrics = await stack.http.get('/metrics');
      expect(metrics.status).toBe(200);
      expect(metrics.headers.get('content-type')).toContain('text/plain');
      expect(metrics.body).toMatch(
        /http_request_duration_seconds_count\{method="GET",route="\/health",status="200"\} \d+/,
      );
      expect(metrics.body).toContain('process_cpu_seconds_total');
    });

    it('echoes a caller-supplied request id, and makes one up otherwise', async () => {
      const echoed = await stack.http.get('/health', { headers: { 'x-request-id': 'trace-123' } });
      expect(echoed.headers.get('x-request-id')).toBe('trace-123');
      const fresh = await stack.http.get('/health');
      expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    });
  });

  describe('authentication', () => {
    it('refuses /v1 without a token, with a wrongly signed one and an expired one (401), and a role-less one (403)', async () => {
      const forged = sign({ sub: 'eve', roles: ['admin'] }, 'not-the-secret-not-the-secret-xx', {
        algorithm: 'HS256',
      });
      const expired = sign(
        { sub: 'ana', roles: ['improver'], exp: Math.floor(Date.now() / 1000) - 60 },
        testEnvironment().jwtSecret,
      );
      const roleless = sign({ sub: 'ana', roles: [] }, testEnvironment().jwtSecret, {
        expiresIn: '1h',
      });
      const garbage = 'not.a.jwt';

      for (const token of [undefined, forged, expired, garbage]) {
        const answer = await stack.http.get('/v1/areas', token ? { token } : {});
        expect(answer.status).toBe(401);
        expect(answer.headers.get('content-type')).toContain('application/problem+json');
        expect(answer.body).toMatchObject({ status: 401, title: 'Unauthorized' });
      }
      const roleless403 = await stack.http.get('/v1/areas', { token: roleless });
      expect(roleless403.status).toBe(403);
      expect(roleless403.body.detail).toContain('needs a product role');
    });

    it('refuses a write to a role the route does not allow with 403', async () => {
      const answer = await stack.http.post(
        '/v1/areas',
        { name: 'Audit wing', kind: 'back' },
        { as: users.auditor },
      );
      expect(answer.status).toBe(403);
      expect(await queryDatabase('SELECT id FROM areas WHERE name = $1', ['Audit wing'])).toEqual(
        [],
      );
    });
  });

  describe('bad input gets a 400 problem naming the field, and writes nothing', () => {
    // Every write leaves an audit event stamped with its request id: none means nothing written.
    const writtenBy = async (requestId: string) =>
      Number(
        (
          await queryDatabase<{ n: string }>(
            'SELECT count(*) AS n FROM audit_events WHERE request_id = $1',
            [requestId],
          )
        )[0]?.n,
      );
    const freshRequestId = () => `bad-input-${Math.random().toString(36).slice(2)}`;

    it.each([
      ['an unknown field', { name: 'Claims with color', kind: 'back', color: 'red' }, 'color'],
      ['a wrong type', { name: 42, kind: 'back' }, 'name'],
      ['a value outside the enum', { name: 'Claims sideways', kind: 'sideways' }, 'kind'],
      ['a missing field', { kind: 'front' }, 'name'],
      ['a string that is too long', { name: 'x'.repeat(201), kind: 'front' }, 'name'],
    ])('%s', async (_case, body, field) => {
      const requestId = freshRequestId();
      const answer = await stack.http.post('/v1/areas', body, {
        as: users.improver,
        headers: { 'x-request-id': requestId },
      });

      expect(answer.status).toBe(400);
      expect(answer.headers.get('content-type')).toContain('application/problem+json');
      expect(answer.body).toMatchObject({
        type: expect.any(String),
        title: 'Bad Request',
        status: 400,
      });
      expect(answer.body.errors).toEqual(
        expect.arrayContaining([expect.objectContaining({ field })]),
      );
      expect(await writtenBy(requestId)).toBe(0);
      const name = (body as { name?: unknown }).name;
      expect(await queryDatabase('SELECT id FROM areas WHERE name = $1', [String(name)])).toEqual(
        [],
      );
    });

    it('malformed JSON', async () => {
      const requestId = freshRequestId();
      const answer = await stack.http.request('POST', '/v1/areas', {
        as: users.improver,
        rawBody: '{"name": "Claims",',
        headers: { 'x-request-id': requestId },
      });
      expect(answer.status).toBe(400);
      expect(answer.headers.get('content-type')).toContain('application/problem+json');
      expect(answer.body.detail).toMatch(/JSON/);
      expect(await writtenBy(requestId)).toBe(0);
    });

    it('a nested field of a service, named by its path', async () => {
      const back = await createArea(stack.http, 'back');
      const front = await createArea(stack.http, 'front');
      const answer = await stack.http.post(
        '/v1/services',
        {
          name: 'Payroll',
          providerAreaId: back.id,
          consumerAreaIds: [front.id],
          standard: { description: 'fast', responseTimeHours: 'soon' },
        },
        { as: users.improver },
      );
      expect(answer.status).toBe(400);
      expect(answer.body.errors).toEqual(
        expect.arrayContaining([expect.objectContaining({ field: 'standard.responseTimeHours' })]),
      );
      expect(await queryDatabase('SELECT id FROM services WHERE name = $1', ['Payroll'])).toEqual(
        [],
      );
    });

    it('an ISO duration that is not one, in a cycle policy', async () => {
      const answer = await stack.http.post(
        '/v1/cycles',
        { serviceId: '6f1c8f9e-6c9b-4a43-8d5e-2f0d1b0e8a11', policy: { approvalSla: 'five days' } },
        { as: users.improver },
      );
      expect(answer.status).toBe(400);
      expect(answer.body.errors).toEqual([
        {
          field: 'policy.approvalSla',
          message: 'approvalSla must be an ISO 8601 duration such as P5D or PT2S',
        },
      ]);
    });

    it('a body over the size limit gets 413', async () => {
      const answer = await stack.http.post(
        '/v1/areas',
        { name: 'x'.repeat(100_000), kind: 'front' },
        { as: users.improver },
      );
      expect(answer.status).toBe(413);
      expect(answer.headers.get('content-type')).toContain('application/problem+json');
    });
  });

  describe('catalog basics', () => {
    it('creates areas and a service, and lists them page by page', async () => {
      const back = await createArea(stack.http, 'back');
      const fronts = [await createArea(stack.http, 'front'), await createArea(stack.http, 'front')];
      const created = await stack.http.post(
        '/v1/services',
        {
          name: `Card replacement ${back.id.slice(0, 6)}`,
          providerAreaId: back.id,
          consumerAreaIds: fronts.map((area) => area.id),
          standard: { description: 'Replace a card within 48 hours', responseTimeHours: 48 },
          critical: true,
        },
        { as: users.admin },
      );
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        providerAreaId: back.id,
        consumerAreaIds: fronts.map((area) => area.id).sort(),
        standard: { description: 'Replace a card within 48 hours', responseTimeHours: 48 },
        critical: true,
      });
      expect(
        (await stack.http.get(`/v1/services/${created.body.id}`, { as: users.auditor })).body,
      ).toEqual(created.body);

      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const query: string = cursor ? `?limit=2&cursor=${cursor}` : '?limit=2';
        const page = await stack.http.get(`/v1/areas${query}`, { as: users.auditor });
        expect(page.status).toBe(200);
        expect(page.body.items.length).toBeLessThanOrEqual(2);
        seen.push(...page.body.items.map((area: { id: string }) => area.id));
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(seen).toEqual(expect.arrayContaining([back.id, ...fronts.map((area) => area.id)]));
      expect(new Set(seen).size).toBe(seen.length);
    });

    it('refuses a provider that is not a back area (400), the provider as its own customer (400) and unknown areas (404)', async () => {
      const back = await createArea(stack.http, 'back');
      const front = await createArea(stack.http, 'front');
      const post = (providerAreaId: string, consumerAreaIds: string[]) =>
        stack.http.post(
          '/v1/services',
          { name: `Refused ${Math.random()}`, providerAreaId, consumerAreaIds },
          { as: users.improver },
        );

      const frontProvider = await post(front.id, [front.id]);
      expect(frontProvider.status).toBe(400);
      expect(frontProvider.body.errors).toEqual([
        { field: 'providerAreaId', message: 'the provider must be a back area' },
      ]);

      const ownCustomer = await post(back.id, [front.id, back.id]);
      expect(ownCustomer.status).toBe(400);
      expect(ownCustomer.body.errors).toEqual([
        {
          field: 'consumerAreaIds.1',
          message: 'the provider is not an internal customer of its own service',
        },
      ]);

      expect((await post(back.id, ['0b0c7a4e-9a53-4b0e-9f51-3cf0f1b7c111'])).status).toBe(404);
    });

    it('answers 409 for a second area with the same name', async () => {
      const area = await createArea(stack.http, 'front');
      const again = await stack.http.post(
        '/v1/areas',
        { name: area.name, kind: 'front' },
        { as: users.improver },
      );
      expect(again.status).toBe(409);
      expect(again.body.detail).toContain(area.name);
    });
  });
});
