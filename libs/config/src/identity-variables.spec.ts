import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hs256Secret } from './jwt-secret';
import { ConfigError, loadConfig } from './load-config';

/** A provider configured safely: https, an issuer, an audience. */
const PROVIDER = {
  AUTH_ISSUER: 'https://idp.example/realms/acme',
  AUTH_JWKS_URL: 'https://idp.example/jwks',
  AUTH_AUDIENCE: 'improvement-cycles',
};

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
    const providerOnly = loadConfig({ ...PROVIDER, DATA_DIR: dataDir });
    expect(hs256Secret(providerOnly)).toBeUndefined();
    const secret = 'q8Wm2x9Lr4Tz7Kp1Vn6Bc3Hd5Jf0Gs2Ay';
    const both = loadConfig({ ...PROVIDER, AUTH_JWT_SECRET: secret });
    expect(hs256Secret(both)?.secret).toBe(secret);
    expect(hs256Secret(loadConfig({ DATA_DIR: dataDir }))?.path).toBe(join(dataDir, 'jwt-secret'));
  });

  describe('refuses to start with an identity provider that is not safe', () => {
    it.each([
      [
        'no audience',
        { AUTH_ISSUER: PROVIDER.AUTH_ISSUER },
        /AUTH_AUDIENCE is required with an identity provider/,
      ],
      [
        'a JWKS URL without audience',
        { AUTH_ISSUER: PROVIDER.AUTH_ISSUER, AUTH_JWKS_URL: PROVIDER.AUTH_JWKS_URL },
        /AUTH_AUDIENCE is required/,
      ],
      [
        'a JWKS URL but no issuer',
        { AUTH_JWKS_URL: PROVIDER.AUTH_JWKS_URL, AUTH_AUDIENCE: 'improvement-cycles' },
        /AUTH_ISSUER is required with AUTH_JWKS_URL/,
      ],
      [
        'an http issuer on another host',
        { ...PROVIDER, AUTH_ISSUER: 'http://keycloak.internal/realms/acme' },
        /AUTH_ISSUER must be an https URL/,
      ],
      [
        'an http JWKS URL on another host',
        { ...PROVIDER, AUTH_JWKS_URL: 'http://10.0.0.7:8080/jwks' },
        /AUTH_JWKS_URL must be an https URL/,
      ],
      [
        'an http issuer on a host named like loopback',
        { ...PROVIDER, AUTH_ISSUER: 'http://127.0.0.1.attacker.example/realms/acme' },
        /AUTH_ISSUER must be an https URL/,
      ],
    ])('%s', (_case, env, message) => {
      expect(() => loadConfig(env)).toThrow(ConfigError);
      expect(() => loadConfig(env)).toThrow(message);
    });

    it('names every variable to fix at once', () => {
      expect(() => loadConfig({ AUTH_JWKS_URL: 'http://idp.internal/jwks' })).toThrow(
        /AUTH_AUDIENCE[\s\S]*AUTH_ISSUER is required[\s\S]*AUTH_JWKS_URL must be an https URL/,
      );
    });

    it.each([
      'http://localhost:8080/realms/test',
      'http://127.0.0.1:8080/realms/test',
      'http://127.42.0.9/realms/test',
      'http://[::1]:8080/realms/test',
    ])('accepts plain http on this machine only: %s', (issuer) => {
      const config = loadConfig({
        AUTH_ISSUER: issuer,
        AUTH_JWKS_URL: `${issuer}/certs`,
        AUTH_AUDIENCE: 'improvement-cycles',
      });
      expect(config.identityProvider()).toBe(true);
    });

    it('asks nothing of the identity provider variables when none is configured', () => {
      expect(loadConfig({ AUTH_AUDIENCE: 'improvement-cycles' }).identityProvider()).toBe(false);
    });
  });
});
