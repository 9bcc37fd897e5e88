import { builtApiExit, spawnBuiltApi } from '../support/built-api';
import { killHard } from '../support/built-worker';

/** An identity provider configured as the README says: https, its issuer, the audience. */
const SAFE = {
  AUTH_ISSUER: 'https://keycloak.acme.example/realms/acme',
  AUTH_AUDIENCE: 'improvement-cycles',
};

describe('the built API refuses to start with an unsafe identity provider setting', () => {
  it.each([
    [
      'without AUTH_AUDIENCE: any token the provider issued for another client would get in',
      { ...SAFE, AUTH_AUDIENCE: '' },
      /AUTH_AUDIENCE is required with an identity provider/,
    ],
    [
      'with AUTH_JWKS_URL but no AUTH_ISSUER: any issuer signing with those keys would get in',
      { AUTH_JWKS_URL: 'https://keys.acme.example/jwks', AUTH_AUDIENCE: 'improvement-cycles' },
      /AUTH_ISSUER is required with AUTH_JWKS_URL/,
    ],
    [
      'with an http: issuer that is not this machine',
      { ...SAFE, AUTH_ISSUER: 'http://keycloak.internal:8080/realms/acme' },
      /AUTH_ISSUER must be an https URL/,
    ],
    [
      'with an http: JWKS URL that is not this machine',
      { ...SAFE, AUTH_JWKS_URL: 'http://10.20.0.7/realms/acme/certs' },
      /AUTH_JWKS_URL must be an https URL/,
    ],
  ])('%s', async (_case, env, message) => {
    const { code, stderr } = await builtApiExit(env);
    expect(code).not.toBe(0);
    expect(code).not.toBeNull();
    expect(stderr).toMatch(/api failed to start: invalid configuration/);
    expect(stderr).toMatch(message);
  });

  it('starts with the provider on this machine over http, an issuer and an audience', async () => {
    const api = await spawnBuiltApi('identity-settings', undefined, {
      AUTH_ISSUER: 'http://127.0.0.1:9/realms/test',
      AUTH_AUDIENCE: 'improvement-cycles',
    });
    try {
      expect((await api.http.get('/health/ready')).status).toBe(200);
    } finally {
      await killHard(api.process);
    }
  });
});
