import { createRoot } from 'react-dom/client';
import { App } from './app';
import type { SignInSettings } from './auth/oidc';
import { userManager } from './auth/oidc';
import { storedToken } from './auth/session';
import './styles/base.css';
import './styles/catalog-pages.css';
import './styles/cycle-pages.css';

/** The token this tab already holds: its identity provider's session, or a pasted token. */
async function tokenAtStart(settings: SignInSettings): Promise<string | undefined> {
  if (settings.kind === 'token') {
    return storedToken();
  }
  const user = await userManager(settings).getUser();
  return user && !user.expired ? user.access_token : undefined;
}

async function start(root: HTMLElement): Promise<void> {
  const response = await fetch('/app/settings.json', { cache: 'no-cache' });
  if (!response.ok) {
    throw new Error(`the service answered ${response.status}`);
  }
  const { signIn } = (await response.json()) as { signIn: SignInSettings };
  const token = await tokenAtStart(signIn);
  createRoot(root).render(<App settings={signIn} initialToken={token} />);
}

const root = document.getElementById('root');
if (root) {
  start(root).catch((error: unknown) => {
    // No React yet: say it plainly, in the page, rather than leave it blank.
    const message = document.createElement('p');
    message.setAttribute('role', 'alert');
    message.className = 'problem';
    message.textContent = `The console could not start (${String(error)}). Reload the page to try again.`;
    root.replaceChildren(message);
  });
}
