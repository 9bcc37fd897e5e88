import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { User } from 'oidc-client-ts';
import type { OidcSignInSettings } from './oidc';
import { returnPath, userManager } from './oidc';

/** With an identity provider: off to its login, coming back to the page that asked. */
export function OidcSignIn(props: { settings: OidcSignInSettings; refused?: string }) {
  const location = useLocation();
  const [failed, setFailed] = useState<string>();
  const signIn = () => {
    userManager(props.settings)
      .signinRedirect({ state: { returnTo: `${location.pathname}${location.search}` } })
      .catch((error: unknown) =>
        setFailed(`The identity provider is out of reach: ${String(error)}`),
      );
  };
  const problem = failed ?? props.refused;
  return (
    <main className="sign-in">
      <h1>Improvement cycles</h1>
      <p>Sign in with your organization’s account.</p>
      {problem && (
        <p role="alert" className="problem">
          {problem}
        </p>
      )}
      <button type="button" onClick={signIn}>
        Sign in
      </button>
    </main>
  );
}

let callback: Promise<User> | undefined;

/** The identity provider's redirect back (`/app/signed-in`): keep the tokens, return to the page. */
export function OidcCallback(props: {
  settings: OidcSignInSettings;
  onToken: (token: string) => void;
}) {
  const navigate = useNavigate();
  const [failed, setFailed] = useState<string>();
  const { settings, onToken } = props;
  useEffect(() => {
    // Once per redirect: the code can be exchanged only once, however often this renders.
    callback ??= userManager(settings).signinRedirectCallback();
    callback
      .then((user) => {
        onToken(user.access_token);
        void navigate(returnPath(user.state), { replace: true });
      })
      .catch((error: unknown) => setFailed(String(error)));
  }, [settings, onToken, navigate]);
  return failed ? (
    <main className="sign-in">
      <h1>Improvement cycles</h1>
      <p role="alert" className="problem">
        Signing in failed: {failed}
      </p>
      <a href="/app/">Try again</a>
    </main>
  ) : (
    <p role="status">Signing in…</p>
  );
}
