import { createRoot } from 'react-dom/client';
import { App } from './app';
import type { SignInSettings } from './auth/oidc';
import { userManager } from './auth/oidc';
import { storedToken } from './auth/session';
import './styles.css';

/** The token this tab already holds: its identity provider's session, or a pasted token. */
async function tokenAtStart(settings: SignInSettings): Promise<string | undefined> {
  if (settings.kind === 'token') {
    return storedToken();
  }
  const user = await userManager(settings).getUser();
  return user && !user.expired ? user.access_token : undefined;
}

async function start(): Promise<void> {
  const response = await fetch('/app/settings.json', { cache: 'no-cache' });
  const { signIn } = (await response.json()) as { signIn: SignInSettings };
  const token = await tokenAtStart(signIn);
  const root = document.getElementById('root');
  if (root) {
    createRoot(root).render(<App settings={signIn} initialToken={token} />);
  }
}

void start();
