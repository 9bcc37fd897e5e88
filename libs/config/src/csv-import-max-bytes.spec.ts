import { DEFAULT_CSV_IMPORT_MAX_BYTES } from './app-config';
import { ConfigError, loadConfig } from './load-config';

describe('CSV_IMPORT_MAX_BYTES', () => {
  it('defaults to 32 MiB, apart from the JSON body limit', () => {
    const config = loadConfig({});
    expect(config.CSV_IMPORT_MAX_BYTES).toBe(DEFAULT_CSV_IMPORT_MAX_BYTES);
    expect(DEFAULT_CSV_IMPORT_MAX_BYTES).toBe(32 * 1024 * 1024);
    expect(config.HTTP_BODY_LIMIT).toBe(1024 * 1024);
  });

  it.each([
    ['1024', 1024],
    ['4096', 4096],
    ['1073741824', 1024 ** 3],
  ])('accepts %s', (value, bytes) => {
    expect(loadConfig({ CSV_IMPORT_MAX_BYTES: value }).CSV_IMPORT_MAX_BYTES).toBe(bytes);
  });

  it.each(['0', '1023', '1073741825', '1.5', '32MiB', '-1'])(
    'refuses %s, naming the variable',
    (value) => {
      expect(() => loadConfig({ CSV_IMPORT_MAX_BYTES: value })).toThrow(ConfigError);
      expect(() => loadConfig({ CSV_IMPORT_MAX_BYTES: value })).toThrow(/CSV_IMPORT_MAX_BYTES/);
    },
  );
});
