import { ConfigError, loadConfig, requireSettings } from './load-config';

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
});
