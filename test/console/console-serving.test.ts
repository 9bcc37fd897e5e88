import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '@app/local-stack';
import type { TestStack } from '../support/test-stack';
import { startTestStack } from '../support/test-stack';

const BUILT = join(projectRoot(), 'dist', 'web');

describe('the console as the API serves it', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack({ worker: false });
  });
  afterAll(async () => {
    await stack.close();
  });

  const raw = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${stack.http.baseUrl}${path}`, { headers, redirect: 'manual' });
  const entryScript = () =>
    readdirSync(join(BUILT, 'assets')).find((f) => /^index-.*\.js$/.test(f));

  it('sends / to /app/', async () => {
    const response = await raw('/');
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/app/');
  });

  it('answers /app/ and any deep link with the page, never cached, under a CSP allowing nothing inline', async () => {
    for (const path of [
      '/app/',
      '/app/cycles/0d9e3f0c-4a51-4c55-9d0e-6f3b1f1f2a10',
      '/app/inbox',
    ]) {
      const response = await raw(path);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      const policy = response.headers.get('content-security-policy') ?? '';
      expect(policy).toContain("script-src 'self'");
      expect(policy).toContain("style-src 'self'");
      expect(policy).not.toContain('unsafe-inline');
      expect(policy).toContain("frame-ancestors 'none'");
      const html = await response.text();
      expect(html).toContain('<div id="root"></div>');
      // Every script is a file of the build: none inline.
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    }
  });

  it('serves hashed assets as immutable for a year, compressed when the browser accepts it', async () => {
    const script = entryScript();
    expect(script).toBeDefined();
    const response = await raw(`/app/assets/${script}`, { 'accept-encoding': 'br, gzip' });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(response.headers.get('content-type')).toMatch(/javascript/);
  });

  it('answers a missing asset with 404, not with the page', async () => {
    const response = await raw('/app/assets/index-missing.js');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  it('tells the console to sign in with an access token when no identity provider is set', async () => {
    const response = await raw('/app/settings.json');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.json()).toEqual({ signIn: { kind: 'token' } });
  });

  it('keeps the looser policy Swagger UI needs at /docs only', async () => {
    const response = await raw('/docs');
    expect(response.headers.get('content-security-policy')).toContain('unsafe-inline');
  });
});
