import { loadConfig } from '@app/config';
import { consoleSignIn, identityProviderSettings } from '../../apps/api/src/auth/identity-settings';
import { browserTabs } from '../support/browser';
import { TestIdentityProvider } from '../support/identity-provider';
import type { TestStack } from '../support/test-stack';
import { startTestStack } from '../support/test-stack';
import { users } from '../support/users';

describe('signing in to the console', () => {
  const tabs = browserTabs();

  describe('with an access token (no identity provider)', () => {
    let stack: TestStack;
    beforeAll(async () => {
      stack = await startTestStack({ worker: false });
    });
    afterAll(async () => {
      await stack.close();
    });

    it('signs in with the Access token form, keeps the token out of the URL, and survives a reload of a deep link', async () => {
      const tab = await tabs.open(stack.http.baseUrl);
      const token = stack.http.tokenFor(users.manager.sub, users.manager.roles);
      await tab.signInWithToken(token, '/app/maturity');
      await tab.page.getByRole('heading', { level: 1, name: 'Maturity' }).waitFor();
      expect(tab.page.url()).toBe(`${stack.http.baseUrl}/app/maturity`);
      await tab.page.reload();
      await tab.page.getByRole('heading', { level: 1, name: 'Maturity' }).waitFor();
      await expect(tab.page.getByText(users.manager.sub).first().isVisible()).resolves.toBe(true);
      expect(tab.page.url()).not.toContain(token);

      await tab.page.getByRole('button', { name: 'Sign out' }).click();
      await tab.page.getByLabel('Access token').waitFor();
      await tab.page.reload();
      // Signed out stays signed out: the token left the tab's storage.
      await tab.page.getByLabel('Access token').waitFor();
    });

    it('says so when the API refuses the token, and lets the person try again', async () => {
      const tab = await tabs.open(stack.http.baseUrl);
      await tab.page.goto(`${stack.http.baseUrl}/app/`);
      await tab.page.getByLabel('Access token').waitFor();
      expect(await tab.accessibilityViolations()).toEqual([]);
      await tab.page.getByLabel('Access token').fill('not-a-token');
      await tab.page.getByRole('button', { name: 'Sign in' }).click();
      await expect(tab.page.getByRole('alert').textContent()).resolves.toMatch(/token/i);
      await tab.page
        .getByLabel('Access token')
        .fill(stack.http.tokenFor('ivo', users.improver.roles));
      await tab.page.getByRole('button', { name: 'Sign in' }).click();
      await tab.page.getByRole('heading', { level: 1, name: 'Inbox' }).waitFor();
    });
  });

  describe('with the organization’s identity provider (AUTH_ISSUER)', () => {
    const provider = new TestIdentityProvider();
    let stack: TestStack;

    beforeAll(async () => {
      await provider.start();
      const login = provider.enableLogin(await provider.addKey('ES256'));
      login.person = { sub: 'olivia', name: 'Olivia Ortega', roles: ['manager'] };
      const config = loadConfig({
        AUTH_ISSUER: provider.issuer,
        AUTH_AUDIENCE: provider.audience,
        AUTH_CONSOLE_CLIENT_ID: 'cycles-console-under-test',
        AUTH_CONSOLE_SCOPE: 'openid profile cycles',
      });
      stack = await startTestStack({
        worker: false,
        hs256: false,
        identityProvider: identityProviderSettings(config),
        consoleSignIn: consoleSignIn(config),
      });
    });
    afterAll(async () => {
      await stack.close();
      await provider.stop();
    });

    it('signs in by authorization code with PKCE and returns to the deep link that asked', async () => {
      const tab = await tabs.open(stack.http.baseUrl);
      const visited: string[] = []; // every URL the tab asked for, redirects included
      tab.page.on('request', (request) => visited.push(request.url()));
      await tab.page.goto(`${stack.http.baseUrl}/app/priorities?rule=default`);
      const signIn = tab.page.getByRole('button', { name: 'Sign in' });
      await signIn.waitFor();
      await expect(tab.page.getByLabel('Access token').count()).resolves.toBe(0);
      expect(await tab.accessibilityViolations()).toEqual([]);
      await signIn.click();

      await tab.page.getByRole('heading', { level: 1, name: 'Priorities' }).waitFor();
      expect(tab.page.url()).toBe(`${stack.http.baseUrl}/app/priorities?rule=default`);
      await tab.page.getByText('Olivia Ortega').waitFor();
      expect(provider.login?.exchanged).toEqual([
        { clientId: 'cycles-console-under-test', scope: 'openid profile cycles', sub: 'olivia' },
      ]);
      // The code travels in a URL, as OAuth has it; the tokens never do.
      expect(
        visited.some((url) => url.includes(`${provider.issuer}/protocol/openid-connect/auth`)),
      ).toBe(true);
      expect(visited.filter((url) => /access_token|id_token/.test(url))).toEqual([]);

      await tab.page.reload();
      await tab.page.getByRole('heading', { level: 1, name: 'Priorities' }).waitFor();

      // Signing out ends the provider's session too: the next Sign in is not silent.
      await tab.page.getByRole('button', { name: 'Sign out' }).click();
      await tab.page.getByRole('button', { name: 'Sign in' }).waitFor();
      expect(provider.login?.signedOut).toBe(1);
      expect(tab.page.url()).toBe(`${stack.http.baseUrl}/app/`);
    });

    it('allows the identity provider, and nothing else, in the console’s connect-src', async () => {
      const response = await fetch(`${stack.http.baseUrl}/app/`);
      const policy = response.headers.get('content-security-policy') ?? '';
      expect(policy).toContain(`connect-src 'self' ${new URL(provider.issuer).origin}`);
      await expect(
        (await fetch(`${stack.http.baseUrl}/app/settings.json`)).json(),
      ).resolves.toEqual({
        signIn: {
          kind: 'oidc',
          authority: provider.issuer,
          clientId: 'cycles-console-under-test',
          scope: 'openid profile cycles',
        },
      });
    });
  });
});
