import type { EnvironmentVariables } from '@app/config';
import type { ConsoleSignIn } from '../console/console-settings';
import type { IdentityProviderSettings } from './identity-provider-keys';

/** The identity provider the environment names (AUTH_ISSUER / AUTH_JWKS_URL), if any. */
export function identityProviderSettings(
  config: EnvironmentVariables,
): IdentityProviderSettings | undefined {
  if (!config.identityProvider()) {
    return undefined;
  }
  return {
    issuer: config.AUTH_ISSUER,
    jwksUrl: config.AUTH_JWKS_URL,
    audience: config.AUTH_AUDIENCE,
    rolesClaim: config.AUTH_ROLES_CLAIM,
    roleMap: config.roleMap(),
    jwksCooldownMs: config.AUTH_JWKS_COOLDOWN_SECONDS * 1000,
  };
}

/** With an issuer, the console signs in there (authorization code with PKCE); else by token. */
export function consoleSignIn(config: EnvironmentVariables): ConsoleSignIn {
  return config.AUTH_ISSUER
    ? {
        kind: 'oidc',
        authority: config.AUTH_ISSUER,
        clientId: config.AUTH_CONSOLE_CLIENT_ID,
        scope: config.AUTH_CONSOLE_SCOPE,
      }
    : { kind: 'token' };
}
