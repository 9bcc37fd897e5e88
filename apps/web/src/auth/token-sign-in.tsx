import type { FormEvent } from 'react';
import { useState } from 'react';

/** Without an identity provider: paste a token (`npm run token -- --sub ana --roles manager`). */
export function TokenSignIn(props: { refused?: string; onToken: (token: string) => void }) {
  const [token, setToken] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (token.trim()) {
      props.onToken(token.trim());
    }
  };
  return (
    <main className="sign-in">
      <h1>Improvement cycles</h1>
      <form onSubmit={submit} aria-label="Sign in">
        <label htmlFor="access-token">Access token</label>
        <textarea
          id="access-token"
          value={token}
          onChange={(event) => setToken(event.target.value)}
          rows={4}
          required
          autoComplete="off"
          spellCheck={false}
        />
        <p className="hint">
          A bearer token of this service, e.g. from{' '}
          <code>npm run token -- --sub ana --roles manager</code>.
        </p>
        {props.refused && (
          <p role="alert" className="problem">
            {props.refused}
          </p>
        )}
        <button type="submit">Sign in</button>
      </form>
    </main>
  );
}
