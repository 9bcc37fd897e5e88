import type { Browser, BrowserContext, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import type { Client } from 'pg';
import type { BenchStack } from './bench-stack';
import { CONSOLE_SIZE, populateConsole } from './console-population';
import type { Comparison } from './measure';
import { compare, summarize } from './measure';

const SAMPLES = 15;
const TOKEN_KEY = 'improvement-cycles.token';

export interface ConsoleFigure {
  comparisons: Comparison[];
  /** Compressed JavaScript the browser downloads to show the Inbox, and in how many files. */
  firstPageScriptKiB: number;
  firstPageScripts: number;
}

/** Times `timed` in `samples` fresh tabs, each prepared by `untimed` first. */
async function inFreshTabs(
  name: string,
  open: () => Promise<{ context: BrowserContext; page: Page }>,
  untimed: (page: Page) => Promise<void>,
  timed: (page: Page) => Promise<void>,
) {
  const times: number[] = [];
  for (let i = 0; i < SAMPLES + 2; i += 1) {
    const { context, page } = await open();
    await untimed(page);
    const started = process.hrtime.bigint();
    await timed(page);
    // The first two warm the server's caches and the page's code paths.
    if (i >= 2) {
      times.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    await context.close();
  }
  process.stdout.write(`[bench] ${name}: ${SAMPLES} samples\n`);
  return summarize(name, times);
}

/** The same figure for the data alone: the API calls the page makes, over HTTP, in parallel. */
async function dataAlone(name: string, stack: BenchStack, paths: string[]) {
  const headers = stack.headers(['manager', 'improver'], 'bench-console');
  const times: number[] = [];
  for (let i = 0; i < SAMPLES + 2; i += 1) {
    const started = process.hrtime.bigint();
    await Promise.all(
      paths.map(async (path) => {
        const response = await fetch(`${stack.baseUrl}${path}`, { headers });
        if (!response.ok) {
          throw new Error(`${path} answered ${response.status}`);
        }
        await response.arrayBuffer();
      }),
    );
    if (i >= 2) {
      times.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
  }
  return summarize(name, times);
}

/**
 * The console's budgets: first load to a usable Inbox, the JavaScript it needs, and the Cycles
 * page over 5,000 cycles and the matrix of 100 services x 20 areas, each against the API calls
 * behind it alone.
 */
export async function consoleFigures(stack: BenchStack, db: Client): Promise<ConsoleFigure> {
  await populateConsole(db);
  const token = (stack.headers(['manager', 'improver'], 'bench-console').authorization ?? '').slice(
    'Bearer '.length,
  );
  const browser: Browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  const open = async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    // Signed in already, as a returning user in the same tab is.
    await context.addInitScript(
      // Runs in the page (this file is typed without the DOM library).
      ([key, value]) =>
        (
          globalThis as unknown as { sessionStorage: { setItem(k: string, v: string): void } }
        ).sessionStorage.setItem(key, value),
      [TOKEN_KEY, token] as const,
    );
    return { context, page: await context.newPage() };
  };
  const inboxUsable = async (page: Page) => {
    await page.goto(`${stack.baseUrl}/app/inbox`);
    await page.getByRole('link', { name: 'console service 001' }).waitFor();
  };
  const nothing = () => Promise.resolve();
  try {
    const firstLoad = compare(
      `console: first load to a usable Inbox (${CONSOLE_SIZE.waiting} waiting)`,
      await inFreshTabs('first load to a usable Inbox', open, nothing, inboxUsable),
      await dataAlone('its API calls alone', stack, [
        '/v1/people/me',
        '/v1/approvals/pending',
        '/v1/services?limit=200',
      ]),
    );
    const cycles = compare(
      `console: Cycles page over ${CONSOLE_SIZE.services * CONSOLE_SIZE.cyclesPerService} cycles`,
      await inFreshTabs('Cycles page rendered', open, inboxUsable, async (page) => {
        await page.getByRole('navigation').getByRole('link', { name: 'Cycles' }).click();
        await page.getByRole('link', { name: 'console service 001' }).first().waitFor();
      }),
      await dataAlone('its API calls alone', stack, [
        '/v1/cycles?limit=100',
        '/v1/cycles/counts',
        '/v1/services?limit=200',
      ]),
    );
    const matrix = compare(
      `console: Service matrix of ${CONSOLE_SIZE.services} services x ${CONSOLE_SIZE.areas} areas`,
      await inFreshTabs('Service matrix rendered', open, inboxUsable, async (page) => {
        await page.getByRole('navigation').getByRole('link', { name: 'Service matrix' }).click();
        await page.getByRole('rowheader', { name: /console service 100/ }).waitFor();
      }),
      await dataAlone('its API call alone', stack, ['/v1/service-matrix']),
    );
    const { context, page } = await open();
    const scripts: Promise<number>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') {
        scripts.push(
          response
            .request()
            .sizes()
            .then((sizes) => sizes.responseBodySize),
        );
      }
    });
    await inboxUsable(page);
    const sizes = await Promise.all(scripts);
    await context.close();
    return {
      comparisons: [firstLoad, cycles, matrix],
      firstPageScriptKiB: Math.round((sizes.reduce((a, b) => a + b, 0) / 1024) * 10) / 10,
      firstPageScripts: sizes.length,
    };
  } finally {
    await browser.close();
  }
}
