import type { TestStack } from '../support/test-stack';
import { startTestStack } from '../support/test-stack';
import { users } from '../support/users';

describe('hardening of the HTTP surface', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack({ worker: false, rateLimitPerMinute: 5 });
  });
  afterAll(async () => {
    await stack.close();
  });

  it('sends security headers', async () => {
    const answer = await stack.http.get('/health');
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    expect(answer.headers.get('strict-transport-security')).toContain('max-age=');
    expect(answer.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(answer.headers.get('x-powered-by')).toBeNull();
  });

  it('allows browsers only from the configured origins', async () => {
    const preflight = (origin: string) =>
      stack.http.request('OPTIONS', '/v1/areas', {
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization,content-type',
        },
      });
    const allowed = await preflight('https://app.example.test');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.example.test');
    const refused = await preflight('https://evil.example.test');
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers 429 with a problem and Retry-After past the rate limit, but never limits probes', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i += 1) {
      statuses.push((await stack.http.get('/v1/areas', { as: users.auditor })).status);
    }
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(1);
    const limited = await stack.http.get('/v1/areas', { as: users.auditor });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('content-type')).toContain('application/problem+json');
    expect(limited.body).toMatchObject({ status: 429, title: 'Too Many Requests' });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);

    for (let i = 0; i < 10; i += 1) {
      expect((await stack.http.get('/health')).status).toBe(200);
    }
  });
});
