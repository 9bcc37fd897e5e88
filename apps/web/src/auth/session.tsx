import type { ReactNode } from 'react';
import { createContext, useCallback, useContext, useMemo, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Schemas } from '../api/client';
import { api, setApiToken, unwrap } from '../api/client';

export type Role = Schemas['PersonView']['roles'][number];

export interface Session {
  token: string;
  me: Schemas['PersonView'];
  /** Whether the signed-in person holds any of `roles`: the roles the route admits (`x-roles`). */
  can(...roles: Role[]): boolean;
  signOut(): void;
}

const TOKEN_KEY = 'improvement-cycles.token';
const SessionContext = createContext<Session | undefined>(undefined);

/** The token lives in this tab's sessionStorage: never in a URL, gone when the tab closes. */
export function storedToken(): string | undefined {
  return sessionStorage.getItem(TOKEN_KEY) ?? undefined;
}

export function storeToken(token: string | undefined): void {
  if (token) {
    sessionStorage.setItem(TOKEN_KEY, token);
  } else {
    sessionStorage.removeItem(TOKEN_KEY);
  }
}

/** The signed-in person; only inside <SessionProvider>, which renders nothing without one. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) {
    throw new Error('useSession outside a signed-in session');
  }
  return session;
}

export function SessionProvider(props: {
  token: string | undefined;
  /** `everywhere`: the person chose to (also end the provider's session); else the API refused. */
  onSignOut: (everywhere: boolean) => void;
  signIn: (refused: string | undefined) => ReactNode;
  children: ReactNode;
}) {
  const { token, onSignOut } = props;
  const queryClient = useQueryClient();
  const [refused, setRefused] = useState<string>();
  const signOut = useCallback(
    (everywhere: boolean) => {
      setRefused(undefined);
      queryClient.clear();
      onSignOut(everywhere);
    },
    [queryClient, onSignOut],
  );
  // Before this render's children query anything: they send this token.
  setApiToken(token, () => {
    signOut(false);
    setRefused('The API did not accept the token; sign in again.');
  });
  const me = useQuery({
    queryKey: ['me', token],
    enabled: Boolean(token),
    queryFn: async () => unwrap(await api.GET('/v1/people/me')),
    retry: false,
  });
  const session = useMemo<Session | undefined>(() => {
    if (!token || !me.data) {
      return undefined;
    }
    const roles = me.data.roles;
    return {
      token,
      me: me.data,
      can: (...wanted: Role[]) => wanted.some((role) => roles.includes(role)),
      signOut: () => signOut(true),
    };
  }, [token, me.data, signOut]);
  if (!token) {
    return props.signIn(refused);
  }
  if (!session) {
    return me.isError ? props.signIn(me.error.message) : <p role="status">Signing in…</p>;
  }
  return <SessionContext.Provider value={session}>{props.children}</SessionContext.Provider>;
}
