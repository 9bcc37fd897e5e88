import { loadConfig } from '@app/config';
import { waitUntil } from '@app/local-stack';
import { identityProviderSettings } from '../../apps/api/src/auth/identity-settings';
import { queryDatabase } from '../support/database';
import { TestIdentityProvider } from '../support/identity-provider';
import type { TestStack } from '../support/test-stack';
import { startTestStack } from '../support/test-stack';
import { users } from '../support/users';

describe('signing in with the organization’s identity provider, over HTTP', () => {
  const provider = new TestIdentityProvider();
  let stack: TestStack;
  let kid: string;

  beforeAll(async () => {
    await provider.start();
    kid = await provider.addKey('RS256');
    // As an operator configures it: Keycloak-style roles, mapped to the product's.
    const config = loadConfig({
      AUTH_ISSUER: provider.issuer,
      AUTH_AUDIENCE: 'improvement-cycles',
      AUTH_ROLES_CLAIM: 'realm_access.roles',
      AUTH_ROLE_MAP: 'ci-managers=manager,ci-team=improver',
    });
    stack = await startTestStack({
      worker: false,
      hs256: false,
      identityProvider: identityProviderSettings(config),
    });
  });
  afterAll(async () => {
    await stack?.close();
    await provider.stop();
  });

  const tokenOf = (sub: string, roles: string[], claims: Record<string, unknown> = {}) =>
    provider.token(kid, { sub, aud: 'improvement-cycles', realm_access: { roles }, ...claims });

  it('lets a person in with their provider’s token and records them as the actor', async () => {
    const token = await tokenOf('kc-ivan', ['ci-team']);
    const created = await stack.http.post(
      '/v1/areas',
      { name: `Claims ${Date.now()}`, kind: 'back' },
      { token },
    );
    expect(created.status).toBe(201);
    const [event] = await queryDatabase<{ actor_id: string; actor_roles: string[] }>(
      `SELECT actor_id, actor_roles FROM audit_events WHERE chain = 'catalog' AND data->'after'->>'id' = $1`,
      [created.body.id],
    );
    expect(event).toEqual({ actor_id: 'kc-ivan', actor_roles: ['improver'] });

    const inbox = await stack.http.get('/v1/approvals/pending', { token });
    expect(inbox.status).toBe(403);
    const managers = await stack.http.get('/v1/approvals/pending', {
      token: await tokenOf('kc-mara', ['ci-managers']),
    });
    expect(managers.status).toBe(200);
  });

  it('answers 401 with a problem saying why', async () => {
    const now = Math.floor(Date.now() / 1000);
    for (const [token, why] of [
      [stack.http.tokenFor(users.manager.sub, users.manager.roles), 'HS256 tokens are refused'],
      [await tokenOf('kc-ivan', ['ci-team'], { exp: now - 120 }), 'it has expired'],
      [await tokenOf('kc-ivan', ['ci-team'], { aud: 'another-app' }), 'aud claim'],
      [await tokenOf('kc-ivan', ['ci-team'], { exp: undefined }), 'exp claim'],
    ] as const) {
      const answer = await stack.http.get('/v1/areas', { token });
      expect(answer.status).toBe(401);
      expect(answer.headers.get('content-type')).toContain('application/problem+json');
      expect(answer.body.detail).toContain(why);
    }
  });

  /** A fresh API (it has not read the provider's keys yet) with these settings added. */
  const freshStack = (settings: Record<string, string> = {}) =>
    startTestStack({
      worker: false,
      hs256: false,
      identityProvider: identityProviderSettings(
        loadConfig({
          AUTH_ISSUER: provider.issuer,
          AUTH_AUDIENCE: provider.audience,
          AUTH_ROLES_CLAIM: 'realm_access.roles',
          AUTH_ROLE_MAP: 'ci-team=improver',
          ...settings,
        }),
      ),
    });

  /** What a 503 must not tell a caller: where the provider is, or what the network said. */
  const expectNoAddress = (body: unknown) => {
    const text = JSON.stringify(body);
    const { hostname, port } = new URL(provider.issuer);
    for (const internal of [hostname, `:${port}`, 'realms/test', 'ECONNREFUSED', 'fetch failed']) {
      expect([internal, text.includes(internal)]).toEqual([internal, false]);
    }
  };

  it('answers 503 with Retry-After, naming no address, while the provider is down', async () => {
    const fresh = await freshStack({ AUTH_JWKS_COOLDOWN_SECONDS: '1' });
    const token = await tokenOf('kc-ivan', ['ci-team']);
    await provider.stop();
    try {
      const answer = await fresh.http.get('/v1/areas', { token });
      expect(answer.status).toBe(503);
      expect(answer.headers.get('retry-after')).toBeTruthy();
      expect(answer.body.detail).toContain('identity provider');
      expectNoAddress(answer.body);
    } finally {
      await provider.start();
    }
    // Back up: discovery is tried again once AUTH_JWKS_COOLDOWN_SECONDS has passed.
    await waitUntil(
      'the provider’s token to be accepted again',
      async () => (await fresh.http.get('/v1/areas', { token })).status === 200,
      { timeoutMs: 15_000, intervalMs: 250 },
    );
    await fresh.close();
  });

  it('asks a provider whose discovery fails once per cooldown (30 s by default), not per request', async () => {
    const fresh = await freshStack();
    const token = await tokenOf('kc-ivan', ['ci-team']);
    const before = provider.discoveryRequests;
    provider.discoveryFails = true;
    try {
      for (const attempt of [1, 2]) {
        const answer = await fresh.http.get('/v1/areas', { token });
        expect([attempt, answer.status]).toEqual([attempt, 503]);
        expectNoAddress(answer.body);
      }
    } finally {
      provider.discoveryFails = false;
    }
    expect(provider.discoveryRequests - before).toBe(1);
    await fresh.close();
  });
});
