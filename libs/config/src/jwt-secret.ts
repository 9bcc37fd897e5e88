import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { EnvironmentVariables } from './app-config';
import { createOnce } from './kept-file';
import { ConfigError } from './load-config';

export interface JwtSecret {
  secret: string;
  /** Where a generated secret is kept; undefined when it came from AUTH_JWT_SECRET. */
  path?: string;
}

/** The same floor as AUTH_JWT_SECRET: a shorter HS256 secret can be guessed. */
const MIN_SECRET_LENGTH = 32;

/**
 * The HS256 secret: AUTH_JWT_SECRET when set, otherwise a random one generated once and kept under
 * the data directory, so tokens printed by `npm run token` stay valid across restarts. A kept file
 * that is empty or too short stops the start: signing tokens with it would accept forgeries.
 */
export function resolveJwtSecret(configured: string | undefined, dataDir: string): JwtSecret {
  if (configured) {
    return { secret: configured };
  }
  const dir = resolve(dataDir);
  const path = join(dir, 'jwt-secret');
  mkdirSync(dir, { recursive: true });
  createOnce(path, randomBytes(48).toString('base64url'));
  const secret = readFileSync(path, 'utf8').trim();
  if (secret.length < MIN_SECRET_LENGTH) {
    throw new ConfigError([
      `${path} holds ${secret.length === 0 ? 'no secret' : 'a secret shorter than 32 characters'}: delete it to have a new one generated, or set AUTH_JWT_SECRET`,
    ]);
  }
  return { secret, path };
}

/**
 * The HS256 secret tokens are verified with: AUTH_JWT_SECRET, or the kept one of the embedded
 * default. None when only an identity provider is configured: its tokens alone are accepted.
 */
export function hs256Secret(
  config: EnvironmentVariables,
  dataDir = config.DATA_DIR,
): JwtSecret | undefined {
  if (!config.AUTH_JWT_SECRET && config.identityProvider()) {
    return undefined;
  }
  return resolveJwtSecret(config.AUTH_JWT_SECRET, dataDir);
}
