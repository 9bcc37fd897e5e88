import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hs256Secret } from './jwt-secret';
import { ConfigError, loadConfig } from './load-config';

describe('identity provider variables', () => {
  it('reads the provider, the roles claim and the role map', () => {
    const config = loadConfig({
      AUTH_ISSUER: 'https://keycloak.acme.example/realms/acme',
      AUTH_AUDIENCE: 'improvement-cycles',
      AUTH_ROLES_CLAIM: 'realm_access.roles',
      AUTH_ROLE_MAP: 'ci-team=improver,ci-managers=manager,ci-leads=manager',
      AUTH_JWKS_COOLDOWN_SECONDS: '5',
    });
    expect(config.identityProvider()).toBe(true);
    expect(config.AUTH_ROLES_CLAIM).toBe('realm_access.roles');
    expect(config.AUTH_JWKS_COOLDOWN_SECONDS).toBe(5);
    expect([...(config.roleMap() ?? [])]).toEqual([
      ['ci-team', 'improver'],
      ['ci-managers', 'manager'],
      ['ci-leads', 'manager'],
    ]);
  });

  it('defaults to no provider, the `roles` claim, no map and a 30 s cooldown', () => {
    const config = loadConfig({});
    expect(config.identityProvider()).toBe(false);
    expect(config.AUTH_ROLES_CLAIM).toBe('roles');
    expect(config.roleMap()).toBeUndefined();
    expect(config.AUTH_JWKS_COOLDOWN_SECONDS).toBe(30);
    expect(config.AUTH_CONSOLE_CLIENT_ID).toBe('improvement-cycles-console');
    expect(config.AUTH_CONSOLE_SCOPE).toBe('openid profile email');
  });

  it.each([
    ['AUTH_ISSUER', 'keycloak.acme.example'],
    ['AUTH_JWKS_URL', 'ftp://keys.example/jwks'],
    ['AUTH_ROLES_CLAIM', 'realm_access..roles'],
    ['AUTH_ROLE_MAP', 'ci-team=astronaut'],
    ['AUTH_ROLE_MAP', 'ci-team'],
    ['AUTH_JWKS_COOLDOWN_SECONDS', '0'],
    ['AUTH_JWKS_COOLDOWN_SECONDS', '61'],
    ['AUTH_CONSOLE_CLIENT_ID', 'my console'],
    ['AUTH_CONSOLE_SCOPE', 'openid  profile'],
  ])('stops on a bad %s (%s), naming it', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(name);
  });

  it('keeps no HS256 secret when only a provider is configured', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'identity-'));
    const providerOnly = loadConfig({
      AUTH_JWKS_URL: 'https://idp.example/jwks',
      DATA_DIR: dataDir,
    });
    expect(hs256Secret(providerOnly)).toBeUndefined();
    const secret = 'q8Wm2x9Lr4Tz7Kp1Vn6Bc3Hd5Jf0Gs2Ay';
    const both = loadConfig({ AUTH_JWKS_URL: 'https://idp.example/jwks', AUTH_JWT_SECRET: secret });
    expect(hs256Secret(both)?.secret).toBe(secret);
    expect(hs256Secret(loadConfig({ DATA_DIR: dataDir }))?.path).toBe(join(dataDir, 'jwt-secret'));
  });
});
