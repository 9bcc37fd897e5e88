/** How the console signs people in: the identity provider's login, or a pasted access token. */
export type ConsoleSignIn =
  { kind: 'token' } | { kind: 'oidc'; authority: string; clientId: string; scope: string };

export interface ConsoleSettings {
  /** The built console: index.html and assets/. */
  directory: string;
  signIn: ConsoleSignIn;
}

/**
 * Nothing inline and nothing from elsewhere, except the identity provider the console talks to
 * (discovery, token endpoint). Swagger UI at /docs keeps the looser global policy it needs.
 */
export function consoleContentSecurityPolicy(settings: ConsoleSettings): string {
  const connect = ["'self'"];
  if (settings.signIn.kind === 'oidc') {
    connect.push(new URL(settings.signIn.authority).origin);
  }
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src ${connect.join(' ')}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
