import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveJwtSecret } from './jwt-secret';
import { ConfigError } from './load-config';

describe('resolveJwtSecret', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'jwt-secret-'));
  });
  afterEach(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('uses AUTH_JWT_SECRET when set and writes nothing', () => {
    expect(resolveJwtSecret('s'.repeat(40), dataDir)).toEqual({ secret: 's'.repeat(40) });
  });

  it('generates a secret once, readable only by its owner, and keeps it across starts', () => {
    const first = resolveJwtSecret(undefined, dataDir);
    expect(first.path).toBe(join(dataDir, 'jwt-secret'));
    expect(first.secret.length).toBeGreaterThanOrEqual(32);
    expect(statSync(join(dataDir, 'jwt-secret')).mode & 0o777).toBe(0o600);
    expect(resolveJwtSecret(undefined, dataDir)).toEqual(first);
  });

  it.each([
    ['empty', ''],
    ['whitespace only', ' \n\t \n'],
    ['shorter than 32 characters', `${'x'.repeat(31)}\n`],
  ])('refuses to start with a kept secret that is %s, naming the file', (_what, content) => {
    const path = join(dataDir, 'jwt-secret');
    writeFileSync(path, content);
    expect(() => resolveJwtSecret(undefined, dataDir)).toThrow(ConfigError);
    expect(() => resolveJwtSecret(undefined, dataDir)).toThrow(path);
    // The bad file is left for the operator to look at, not silently replaced.
    expect(readFileSync(path, 'utf8')).toBe(content);
  });

  it('accepts a kept secret of exactly 32 characters', () => {
    writeFileSync(join(dataDir, 'jwt-secret'), `${'k'.repeat(32)}\n`);
    expect(resolveJwtSecret(undefined, dataDir).secret).toBe('k'.repeat(32));
  });
});
