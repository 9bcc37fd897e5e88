/**
 * Screenshots of each console page for docs/console.md, from a running service with the demo
 * data (`npm run demo-data` records it when the service has no services yet).
 * Usage: npm run docs:screenshots -- [http://localhost:3000]   (Chromium at CHROMIUM_PATH)
 */
import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { projectRoot } from '@app/config';
import type { DemoPerson } from './demo/demo-api';
import { demoApiFromEnvironment, people } from './demo/demo-api';
import { recordCycles } from './demo/demo-cycles';
import { recordOrganization } from './demo/demo-organization';

const OUT = join(projectRoot(), 'docs', 'console');

async function main(): Promise<void> {
  const api = demoApiFromEnvironment();
  const baseUrl = api.baseUrl;
  const services = await api.call<{ items: unknown[] }>(people.ines, 'GET', '/v1/services');
  if (services.items.length === 0) {
    await recordCycles(api, await recordOrganization(api));
  }
  const waiting = await api.call<{ items: { id: string }[] }>(
    people.ines,
    'GET',
    '/v1/cycles?status=awaiting_approval',
  );
  const monitored = await api.call<{ items: { id: string }[] }>(
    people.ines,
    'GET',
    '/v1/cycles?stage=execution_monitoring',
  );
  mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  try {
    const shots: [DemoPerson, string, string, string][] = [
      [people.marta, '/app/inbox', 'Inbox', 'inbox'],
      [people.marta, `/app/cycles/${waiting.items[0]?.id}`, '', 'cycle-decision'],
      [people.ines, `/app/cycles/${monitored.items[0]?.id}`, '', 'cycle-monitoring'],
      [people.ana, '/app/cycles', 'Cycles', 'cycles'],
      [people.ana, '/app/service-matrix', 'Service matrix', 'service-matrix'],
      [people.ana, '/app/priorities', 'Priorities', 'priorities'],
      [people.ana, '/app/maturity', 'Maturity', 'maturity'],
      [people.olga, '/app/my-initiatives', 'My initiatives', 'my-initiatives'],
    ];
    for (const [person, path, heading, file] of shots) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await signIn(page, baseUrl, await api.token(person), path);
      const title = heading
        ? page.getByRole('heading', { level: 1, name: heading, exact: true })
        : page.getByRole('heading', { level: 1 });
      await title.waitFor();
      await page.waitForLoadState('networkidle');
      await page.screenshot({ path: join(OUT, `${file}.png`), fullPage: true });
      process.stdout.write(`docs/console/${file}.png (${person.name}, ${path})\n`);
      await context.close();
    }
  } finally {
    await browser.close();
  }
}

async function signIn(page: Page, baseUrl: string, token: string, path: string): Promise<void> {
  await page.goto(`${baseUrl}${path}`);
  await page.getByLabel('Access token').fill(token);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
