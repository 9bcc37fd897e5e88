import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { source as axeSource } from 'axe-core';
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { chromium } from 'playwright-core';
import { projectRoot } from '@app/local-stack';
import { assertDocumentedResponse } from './openapi-responses';

/** Debian's Chromium; `npm test` installs it when missing (scripts/ensure-chromium.sh). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `No Chromium at ${CHROMIUM_PATH}: run "apt-get install -y chromium" as root (npm test does), or set CHROMIUM_PATH`,
    );
  }
  if (!existsSync(join(projectRoot(), 'dist', 'web', 'index.html'))) {
    throw new Error('The console is not built: run npm run build (npm test does)');
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
}

/**
 * A tab of the console, recording what a user would notice only as breakage (scripts that threw,
 * anything the Content-Security-Policy refused) and any API answer the OpenAPI document does not
 * describe.
 */
export class ConsoleTab {
  readonly failures: string[] = [];
  private readonly checks: Promise<void>[] = [];

  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    readonly baseUrl: string,
  ) {
    page.on('pageerror', (error) => this.failures.push(`uncaught: ${error.message}`));
    page.on('response', (response) => this.checks.push(this.checkApiAnswer(response)));
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content.Security.Policy/i.test(message.text())) {
        this.failures.push(`CSP: ${message.text()}`);
      }
    });
  }

  static async open(browser: Browser, baseUrl: string): Promise<ConsoleTab> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    return new ConsoleTab(context, await context.newPage(), baseUrl);
  }

  /** Opens `path` of the console and signs in with the Access token form. */
  async signInWithToken(token: string, path = '/app/'): Promise<void> {
    await this.page.goto(`${this.baseUrl}${path}`);
    await this.page.getByLabel('Access token').fill(token);
    await this.page.getByRole('button', { name: 'Sign in' }).click();
    await this.page.getByRole('button', { name: 'Sign out' }).waitFor();
  }

  /** Follows the navigation link named `name`, waits for the page's heading and its data. */
  async navigate(name: string, heading = name): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
    await this.page.getByRole('heading', { level: 1, name: heading, exact: true }).waitFor();
    await this.settled();
  }

  /** Until the page says it is loading nothing (the console's `role="status"` lines). */
  async settled(): Promise<void> {
    await this.page.waitForFunction(() => {
      // Runs in the page (this file is typed without the DOM library).
      const lines: { textContent: string }[] = [
        ...(
          globalThis as unknown as { document: { querySelectorAll(s: string): never[] } }
        ).document.querySelectorAll('[role=status]'),
      ];
      return !lines.some((line) => /Loading|Ranking|Verifying|Signing in/.test(line.textContent));
    });
  }

  /** axe-core's serious and critical violations on the page as it is now, as readable lines. */
  async accessibilityViolations(): Promise<string[]> {
    // Evaluated through the DevTools protocol, which the page's CSP does not govern.
    await this.page.evaluate(axeSource);
    const violations = await this.page.evaluate(async () => {
      // Runs in the page: its globals, not Node's (this file is typed without the DOM library).
      const page = globalThis as unknown as { axe: AxeRunner; document: unknown };
      const result = await page.axe.run(page.document, { resultTypes: ['violations'] });
      return result.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        targets: violation.nodes.map((node) => node.target.join(' ')),
      }));
    });
    return violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.impact} ${violation.id}: ${violation.targets.join(', ')}`);
  }

  /** Every API answer the console receives is one the committed OpenAPI document describes. */
  private async checkApiAnswer(response: Response): Promise<void> {
    const url = new URL(response.url());
    if (url.origin !== new URL(this.baseUrl).origin || !url.pathname.startsWith('/v1/')) {
      return;
    }
    let text: string;
    try {
      text = await response.text();
    } catch {
      // The body went with a closed tab, or with the page it belonged to: nothing to check.
      return;
    }
    const contentType = response.headers()['content-type'] ?? '';
    try {
      assertDocumentedResponse({
        method: response.request().method(),
        path: `${url.pathname}${url.search}`,
        status: response.status(),
        contentType,
        text,
        body: contentType.includes('json') && text ? JSON.parse(text) : text,
      });
    } catch (error) {
      this.failures.push(error instanceof Error ? error.message : String(error));
    }
  }

  /** Closes the tab once every answer it received has been checked; `failures` is then final. */
  async close(): Promise<void> {
    await Promise.allSettled(this.checks);
    await this.context.close();
  }
}

interface AxeRunner {
  run(
    context: unknown,
    options: { resultTypes: string[] },
  ): Promise<{
    violations: { id: string; impact?: string | null; nodes: { target: string[] }[] }[];
  }>;
}

/**
 * For a test file's top `describe`: one Chromium for the file, tabs opened by `open`, and after
 * each test every tab closed and its failures (uncaught errors, CSP refusals, undocumented API
 * answers) asserted to be none.
 */
export function browserTabs(): { open(baseUrl: string): Promise<ConsoleTab> } {
  let browser: Browser | undefined;
  let tabs: ConsoleTab[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterEach(async () => {
    const closing = tabs;
    tabs = [];
    await Promise.all(closing.map((tab) => tab.close()));
    expect(closing.flatMap((tab) => tab.failures)).toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    async open(baseUrl: string) {
      if (!browser) {
        throw new Error('browserTabs() opens tabs only inside the describe that called it');
      }
      const tab = await ConsoleTab.open(browser, baseUrl);
      tabs.push(tab);
      return tab;
    },
  };
}
