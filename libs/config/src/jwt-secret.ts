import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface JwtSecret {
  secret: string;
  /** Where a generated secret is kept; undefined when it came from AUTH_JWT_SECRET. */
  path?: string;
}

/**
 * The HS256 secret: AUTH_JWT_SECRET when set, otherwise a random one generated once and kept under
 * the data directory, so tokens printed by `npm run token` stay valid across restarts.
 */
export function resolveJwtSecret(configured: string | undefined, dataDir: string): JwtSecret {
  if (configured) {
    return { secret: configured };
  }
  const dir = resolve(dataDir);
  const path = join(dir, 'jwt-secret');
  mkdirSync(dir, { recursive: true });
  try {
    writeFileSync(path, randomBytes(48).toString('base64url'), { mode: 0o600, flag: 'wx' });
  } catch (error) {
    // Another process created it first: use that one.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
      throw error;
    }
  }
  return { secret: readFileSync(path, 'utf8').trim(), path };
}
