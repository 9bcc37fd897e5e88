import { loadConfig } from '@app/config';
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

  it('answers 503 with Retry-After while the provider’s keys cannot be fetched', async () => {
    // A fresh API: it has not fetched the keys yet.
    const config = loadConfig({
      AUTH_ISSUER: provider.issuer,
      AUTH_ROLES_CLAIM: 'realm_access.roles',
      AUTH_ROLE_MAP: 'ci-team=improver',
    });
    const fresh = await startTestStack({
      worker: false,
      hs256: false,
      identityProvider: identityProviderSettings(config),
    });
    const token = await tokenOf('kc-ivan', ['ci-team']);
    await provider.stop();
    try {
      const answer = await fresh.http.get('/v1/areas', { token });
      expect(answer.status).toBe(503);
      expect(answer.headers.get('retry-after')).toBeTruthy();
      expect(answer.body.detail).toContain('identity provider');
    } finally {
      await provider.start();
    }
    expect((await fresh.http.get('/v1/areas', { token })).status).toBe(200);
    await fresh.close();
  });
});
