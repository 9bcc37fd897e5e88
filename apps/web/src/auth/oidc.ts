import { UserManager, WebStorageStateStore } from 'oidc-client-ts';

export interface OidcSignInSettings {
  kind: 'oidc';
  authority: string;
  clientId: string;
  scope: string;
}

export type SignInSettings = { kind: 'token' } | OidcSignInSettings;

let manager: UserManager | undefined;

/** Authorization code with PKCE; the user (and its tokens) kept in this tab's sessionStorage. */
export function userManager(settings: OidcSignInSettings): UserManager {
  manager ??= new UserManager({
    authority: settings.authority,
    client_id: settings.clientId,
    scope: settings.scope,
    redirect_uri: `${window.location.origin}/app/signed-in`,
    post_logout_redirect_uri: `${window.location.origin}/app/`,
    response_type: 'code',
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    // With a refresh token, a new access token comes before the old one expires, so a form
    // half filled in is not lost to a sign-in; without one, the person signs in again.
    automaticSilentRenew: true,
    loadUserInfo: false,
  });
  return manager;
}

/** Where to come back to after signing in: the page that asked, never another site. */
export function returnPath(state: unknown): string {
  const path = (state as { returnTo?: unknown } | undefined)?.returnTo;
  return typeof path === 'string' && path.startsWith('/') && !path.startsWith('//') ? path : '/';
}

/**
 * Signing out of the console: chosen (`everywhere`), also out of the provider's session when it
 * has an end-session endpoint, or else the next Sign in would be silent; refused by the API (an
 * expired token), only here, to sign in again.
 */
export async function endProviderSession(
  settings: OidcSignInSettings,
  everywhere: boolean,
): Promise<void> {
  const manager = userManager(settings);
  const endpoint = everywhere
    ? await manager.metadataService.getEndSessionEndpoint().catch(() => undefined)
    : undefined;
  if (endpoint) {
    await manager.signoutRedirect();
  } else {
    await manager.removeUser();
  }
}
