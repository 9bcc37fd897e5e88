import { ConfigError, loadConfig, requiredEnvironment, requireSettings } from './load-config';

describe('loadConfig', () => {
  it('applies the documented defaults to an empty environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      PORT: 3000,
      TEMPORAL_NAMESPACE: 'default',
      DATA_DIR: './data',
      LOG_LEVEL: 'info',
      TEMPORAL_SQLITE_PRAGMAS: 'journal_mode=wal',
    });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.TEMPORAL_ADDRESS).toBeUndefined();
  });

  it('parses numbers and keeps the URLs it was given', () => {
    const config = loadConfig({
      PORT: '8080',
      DATABASE_URL: 'postgres://u@db:5432/cycles',
      TEMPORAL_ADDRESS: 'temporal:7233',
    });
    expect(config.PORT).toBe(8080);
    expect(config.DATABASE_URL).toBe('postgres://u@db:5432/cycles');
    expect(config.TEMPORAL_ADDRESS).toBe('temporal:7233');
  });

  it('stops with a message naming every bad variable', () => {
    let error: unknown;
    try {
      loadConfig({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        TEMPORAL_ADDRESS: 'no-port',
        AUTH_JWT_SECRET: 'short',
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    for (const name of ['PORT', 'DATABASE_URL', 'TEMPORAL_ADDRESS', 'AUTH_JWT_SECRET']) {
      expect(message).toContain(name);
    }
  });

  it('says which required setting is missing', () => {
    const config = loadConfig({});
    expect(() => requireSettings(config, ['DATABASE_URL'], 'npm start provides it')).toThrow(
      /DATABASE_URL is required \(npm start provides it\)/,
    );
  });

  it('requires AUTH_JWT_SECRET of a deployed API only when no identity provider verifies tokens', () => {
    expect(requiredEnvironment('api', loadConfig({}))).toEqual([
      'DATABASE_URL',
      'TEMPORAL_ADDRESS',
      'AUTH_JWT_SECRET',
    ]);
    const withProvider = loadConfig({
      AUTH_ISSUER: 'https://idp.example/realms/acme',
      AUTH_AUDIENCE: 'improvement-cycles',
    });
    expect(requiredEnvironment('api', withProvider)).toEqual(['DATABASE_URL', 'TEMPORAL_ADDRESS']);
    expect(requiredEnvironment('worker', loadConfig({}))).toEqual([
      'DATABASE_URL',
      'TEMPORAL_ADDRESS',
    ]);
  });

  it.each([
    ['the sample compose used to carry', 'change-me-to-a-long-random-secret-of-32-chars-or-more'],
    ['a changeme placeholder', 'CHANGEME-0123456789abcdefghijklmnopqrstuvwxyz'],
    ['a value saying it is a secret', 'my-super-secret-jwt-signing-key-for-production'],
    ['an example value', 'example-key-0123456789abcdefghijklmnopqrstuv'],
    ['one repeated character', 'x'.repeat(64)],
    ['a short repeated pattern', 'abab'.repeat(16)],
  ])('refuses %s as AUTH_JWT_SECRET, naming it', (_case, secret) => {
    expect(() => loadConfig({ AUTH_JWT_SECRET: secret })).toThrow(ConfigError);
    expect(() => loadConfig({ AUTH_JWT_SECRET: secret })).toThrow(/AUTH_JWT_SECRET.*sample/);
  });

  it('accepts a random AUTH_JWT_SECRET', () => {
    const secret = 'q7Vf3kP0xZ2mW9rT5yB8nL1cH4jD6gS0aE3uI7oK2pQ';
    expect(loadConfig({ AUTH_JWT_SECRET: secret }).AUTH_JWT_SECRET).toBe(secret);
  });

  it('refuses an app login that is not DATABASE_APP_ROLE: SET ROLE on another login can be reset', () => {
    const role = { DATABASE_APP_ROLE: 'cycles_app' };
    expect(() =>
      loadConfig({ ...role, DATABASE_URL: 'postgres://cycles:pw@db:5432/cycles' }),
    ).toThrow(/DATABASE_URL must log in as DATABASE_APP_ROLE \(cycles_app\)/);
    expect(
      loadConfig({ ...role, DATABASE_URL: 'postgres://cycles_app:pw@db:5432/cycles' }).DATABASE_URL,
    ).toBe('postgres://cycles_app:pw@db:5432/cycles');
  });

  it('takes AUDIT_KEYS_DATABASE_URL only as a login of cycles_audit_keys, the role that adds keys', () => {
    expect(() =>
      loadConfig({ AUDIT_KEYS_DATABASE_URL: 'postgres://cycles_app:pw@db:5432/cycles' }),
    ).toThrow(/AUDIT_KEYS_DATABASE_URL must log in as cycles_audit_keys/);
    const url = 'postgres://cycles_audit_keys:pw@db:5432/cycles';
    expect(loadConfig({ AUDIT_KEYS_DATABASE_URL: url }).AUDIT_KEYS_DATABASE_URL).toBe(url);
    expect(() => loadConfig({ AUDIT_KEYS_DATABASE_PASSWORD: 'short' })).toThrow(
      /AUDIT_KEYS_DATABASE_PASSWORD must be 16\+ URL-safe characters/,
    );
  });

  it('refuses a placeholder or URL-unsafe DATABASE_APP_PASSWORD', () => {
    expect(() => loadConfig({ DATABASE_APP_PASSWORD: 'change-me-please-now' })).toThrow(
      /DATABASE_APP_PASSWORD/,
    );
    expect(() => loadConfig({ DATABASE_APP_PASSWORD: 'p@ss/word:with#chars' })).toThrow(
      /DATABASE_APP_PASSWORD must be 16\+ URL-safe characters/,
    );
  });

  it('refuses a TLS client certificate without its key, and the reverse', () => {
    const pem = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';
    const address = { TEMPORAL_ADDRESS: 'temporal.example.test:7233' };
    expect(() => loadConfig({ ...address, TEMPORAL_TLS_CERT: pem })).toThrow(
      /TEMPORAL_TLS_CERT and TEMPORAL_TLS_KEY go together/,
    );
    expect(() => loadConfig({ ...address, TEMPORAL_TLS_KEY: pem })).toThrow(
      /TEMPORAL_TLS_CERT and TEMPORAL_TLS_KEY go together/,
    );
  });
});
