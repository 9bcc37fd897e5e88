import { MutationCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { User } from 'oidc-client-ts';
import type { ComponentType } from 'react';
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { createBrowserRouter, Navigate, Outlet, RouterProvider } from 'react-router';
import { ApiProblem } from './api/client';
import type { SignInSettings } from './auth/oidc';
import { endProviderSession, userManager } from './auth/oidc';
import { OidcCallback, OidcSignIn } from './auth/oidc-sign-in';
import { SessionProvider, storeToken, useSession } from './auth/session';
import { TokenSignIn } from './auth/token-sign-in';
import { reportConflict } from './components/conflict-notice';
import { Shell } from './layout/shell';
import { InboxPage } from './pages/inbox-page';

function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 10_000,
        // A refusal (4xx) will not change by asking again.
        retry: (count, error) => !(error instanceof ApiProblem && error.status < 500) && count < 2,
      },
    },
    mutationCache: new MutationCache({
      // A conflict means the data changed under the user: show them the current state.
      onError: (error) => {
        // Not a refusal with a problem type of its own (uncovered causes): its form explains it.
        if (
          error instanceof ApiProblem &&
          error.status === 409 &&
          !error.type.startsWith('/problems/')
        ) {
          reportConflict(error);
          void client.invalidateQueries();
        }
      },
    }),
  });
  return client;
}

interface TokenState {
  settings: SignInSettings;
  token?: string;
  setToken: (token?: string) => void;
}

// The router is made once; the token changes, so routes read it from here.
const TokenContext = createContext<TokenState>({ settings: { kind: 'token' }, setToken: () => {} });

/** Everything below needs someone signed in; until then, the way to sign in. */
function SignedIn() {
  const { settings, token, setToken } = useContext(TokenContext);
  const signOut = useCallback(
    (everywhere: boolean) => {
      setToken(undefined);
      if (settings.kind === 'oidc') {
        void endProviderSession(settings, everywhere);
      }
    },
    [settings, setToken],
  );
  return (
    <SessionProvider
      token={token}
      onSignOut={signOut}
      signIn={(refused) =>
        settings.kind === 'oidc' ? (
          <OidcSignIn settings={settings} refused={refused} />
        ) : (
          <TokenSignIn refused={refused} onToken={setToken} />
        )
      }
    >
      <Shell>
        <Outlet />
      </Shell>
    </SessionProvider>
  );
}

function page(load: () => Promise<{ default: ComponentType }>) {
  return async () => ({ Component: (await load()).default });
}

export function App(props: { settings: SignInSettings; initialToken?: string }) {
  const { settings } = props;
  const [queryClient] = useState(createQueryClient);
  const [token, setTokenState] = useState(props.initialToken);
  const setToken = useCallback(
    (next?: string) => {
      if (settings.kind === 'token') {
        storeToken(next);
      }
      setTokenState(next);
    },
    [settings],
  );
  useEffect(() => {
    if (settings.kind !== 'oidc') {
      return undefined;
    }
    // A token renewed in the background replaces the one the API calls carry.
    const manager = userManager(settings);
    const renewed = (user: User) => setToken(user.access_token);
    manager.events.addUserLoaded(renewed);
    return () => manager.events.removeUserLoaded(renewed);
  }, [settings, setToken]);
  const tokenState = useMemo(() => ({ settings, token, setToken }), [settings, token, setToken]);
  const [router] = useState(() =>
    createBrowserRouter(
      [
        ...(settings.kind === 'oidc'
          ? [
              {
                path: '/signed-in',
                element: <OidcCallback settings={settings} onToken={setToken} />,
              },
            ]
          : []),
        {
          path: '/',
          element: <SignedIn />,
          // Shown while a deep link's page code loads on the first visit.
          hydrateFallbackElement: <p role="status">Loading…</p>,
          children: [
            { index: true, element: <Home /> },
            { path: 'inbox', element: <InboxPage /> },
            { path: 'cycles', lazy: page(() => import('./pages/cycles-page')) },
            { path: 'cycles/:id', lazy: page(() => import('./pages/cycle-page')) },
            { path: 'service-matrix', lazy: page(() => import('./pages/service-matrix-page')) },
            { path: 'priorities', lazy: page(() => import('./pages/priorities-page')) },
            { path: 'maturity', lazy: page(() => import('./pages/maturity-page')) },
            { path: 'my-initiatives', lazy: page(() => import('./pages/my-initiatives-page')) },
            { path: '*', element: <NotFound /> },
          ],
        },
      ],
      { basename: '/app' },
    ),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <TokenContext.Provider value={tokenState}>
        <RouterProvider router={router} />
      </TokenContext.Provider>
    </QueryClientProvider>
  );
}

/** Where `/app/` leads: the Inbox, or for someone with no product role, their initiatives. */
function Home() {
  const session = useSession();
  return <Navigate to={session.me.roles.length > 0 ? '/inbox' : '/my-initiatives'} replace />;
}

function NotFound() {
  return (
    <>
      <h1>Not found</h1>
      <p>There is no page here. The navigation above leads to every page.</p>
    </>
  );
}
