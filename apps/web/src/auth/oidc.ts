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
    automaticSilentRenew: false,
    loadUserInfo: false,
  });
  return manager;
}

/** Where to come back to after signing in: the page that asked, never another site. */
export function returnPath(state: unknown): string {
  const path = (state as { returnTo?: unknown } | undefined)?.returnTo;
  return typeof path === 'string' && path.startsWith('/') && !path.startsWith('//') ? path : '/';
}
