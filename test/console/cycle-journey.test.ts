import type { Page } from 'playwright-core';
import { waitUntil } from '@app/local-stack';
import { browserTabs } from '../support/browser';
import {
  expectOk,
  gap,
  measureKpi,
  otherManager,
  serviceWithKpi,
  startCycleOnNewService,
  waitForCycle,
} from '../support/cycle-steps';
import { queryDatabase } from '../support/database';
import type { TestStack } from '../support/test-stack';
import { startTestStack } from '../support/test-stack';
import { users } from '../support/users';

/** Submits the stage from the cycle page and waits until the page says it awaits approval. */
async function submitForApproval(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Submit for approval' }).click();
  await page.getByText('awaiting approval').first().waitFor();
}

/** The stage the stepper marks as the cycle's current one. */
const currentStep = (page: Page) => page.locator('[aria-current="step"]');

describe('a cycle in the console, from the improver’s gap to the manager’s gate and the auditor’s check', () => {
  const tabs = browserTabs();
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(async () => {
    await stack.close();
  });

  const tokenOf = (user: { sub: string; roles: string[] }) =>
    stack.http.tokenFor(user.sub, user.roles as never);
  const serviceName = async (id: string) =>
    expectOk(await stack.http.get(`/v1/services/${id}`, { as: users.auditor })).body.name as string;

  /** A manager's decision on the cycle's waiting gate, through the API. */
  const decideAsManager = async (id: string, decision: 'approve' | 'reject', reason: string) =>
    expectOk(
      await stack.http.post(
        `/v1/cycles/${id}/decisions`,
        { decision, reason },
        { as: users.manager },
      ),
    );

  /** The improver records the gap and submits it: the cycle waits for a manager. */
  async function waitingAtTheGap(): Promise<{ id: string; name: string }> {
    const { service, id } = await startCycleOnNewService(stack.http);
    await waitForCycle(stack.http, id, 'the cycle is recorded', () => true);
    expectOk(
      await stack.http.request('PUT', `/v1/cycles/${id}/gap`, { as: users.improver, body: gap() }),
    );
    expectOk(await stack.http.post(`/v1/cycles/${id}/submit`, {}, { as: users.improver }));
    return { id, name: await serviceName(service.id) };
  }

  it('lets a manager approve a gate from the inbox, with a reason, and hides the decision from the improver', async () => {
    const cycle = await waitingAtTheGap();
    const manager = await tabs.open(stack.http.baseUrl);
    await manager.signInWithToken(tokenOf(users.manager));
    await manager.page.getByRole('heading', { level: 1, name: 'Inbox' }).waitFor();
    await manager.page.getByRole('link', { name: cycle.name, exact: true }).click();
    await manager.page.getByRole('heading', { level: 1, name: cycle.name }).waitFor();
    expect(manager.page.url()).toBe(`${stack.http.baseUrl}/app/cycles/${cycle.id}`);
    expect(await manager.accessibilityViolations()).toEqual([]);

    await manager.page.getByLabel('Reason').fill('The gap is measured and matters to the branches');
    await manager.page.getByRole('button', { name: 'Approve' }).click();
    await currentStep(manager.page).getByText('Root cause analysis').waitFor();
    const approved = await waitForCycle(
      stack.http,
      cycle.id,
      'the gate is approved',
      (c) => c.stage === 'root_cause_analysis',
    );
    expect(approved.decisions.at(-1)).toMatchObject({
      decision: 'approve',
      reason: 'The gap is measured and matters to the branches',
    });

    // Once decided, the row leaves the inbox.
    await manager.navigate('Inbox');
    await manager.page
      .getByRole('link', { name: cycle.name, exact: true })
      .waitFor({ state: 'detached' });

    const improver = await tabs.open(stack.http.baseUrl);
    const waiting = await waitingAtTheGap();
    await improver.signInWithToken(tokenOf(users.improver), `/app/cycles/${waiting.id}`);
    await improver.page.getByRole('heading', { level: 1, name: waiting.name }).waitFor();
    await improver.page.getByText('awaiting approval').first().waitFor();
    await expect(improver.page.getByRole('button', { name: 'Approve' }).count()).resolves.toBe(0);
    await expect(improver.page.getByRole('button', { name: 'Send back' }).count()).resolves.toBe(0);
    await expect(improver.page.getByLabel('Reason').count()).resolves.toBe(0);
  });

  it('tells a manager what changed when another decided the gate while they were on the page', async () => {
    const cycle = await waitingAtTheGap();
    const manager = await tabs.open(stack.http.baseUrl);
    await manager.signInWithToken(tokenOf(users.manager), `/app/cycles/${cycle.id}`);
    await manager.page.getByLabel('Reason').fill('Looks right to me');
    expectOk(
      await stack.http.post(
        `/v1/cycles/${cycle.id}/decisions`,
        { decision: 'approve', reason: 'Decided first' },
        { as: otherManager },
      ),
    );
    await manager.page.getByRole('button', { name: 'Approve' }).click();
    const notice = manager.page
      .getByRole('alert')
      .filter({ hasText: 'This changed while you were working on it' });
    await notice.waitFor();
    // The page shows where the cycle is now, and nothing left to decide.
    await currentStep(manager.page).getByText('Root cause analysis').waitFor();
    await expect(manager.page.getByRole('button', { name: 'Approve' }).count()).resolves.toBe(0);
    await manager.page.getByRole('button', { name: 'Dismiss' }).click();
    await notice.waitFor({ state: 'detached' });
  });

  it('takes an improver from the gap to submitted initiatives, with a manager sending one stage back', async () => {
    const { service, id } = await startCycleOnNewService(stack.http);
    const name = await serviceName(service.id);
    const improver = await tabs.open(stack.http.baseUrl);
    await improver.signInWithToken(tokenOf(users.improver), `/app/cycles/${id}`);
    await improver.page.getByRole('heading', { level: 1, name }).waitFor();
    const page = improver.page;

    // The improver's forms, as they first see them.
    await page.getByLabel('Gap statement').waitFor();
    expect(await improver.accessibilityViolations()).toEqual([]);
    await page.getByLabel('Gap statement').fill('Access requests take 6 days; branches need 1');
    await page.getByLabel('Current value').fill('6');
    await page.getByLabel('Target value').fill('1');
    await page.getByLabel('Evidence', { exact: true }).fill('Ticket ages, October');
    await page.getByRole('button', { name: 'Save the gap' }).click();
    await page.getByText('Saved.').waitFor();
    await submitForApproval(page);
    expect(await improver.accessibilityViolations()).toEqual([]);

    // A manager sends it back; the improver sees why, and the gap they typed is still there.
    await decideAsManager(id, 'reject', 'Name the source of the 6 days');
    await page.reload();
    await page.getByText('Name the source of the 6 days').first().waitFor();
    await expect(page.getByLabel('Gap statement').inputValue()).resolves.toBe(
      'Access requests take 6 days; branches need 1',
    );
    await page
      .getByLabel('Evidence', { exact: true })
      .fill('Ticket ages, October, from the service desk tool');
    await page.getByRole('button', { name: 'Save the gap' }).click();
    await page.getByText('Saved.').waitFor();
    await submitForApproval(page);
    await decideAsManager(id, 'approve', 'Sourced');

    await page.reload();
    await currentStep(page).getByText('Root cause analysis').waitFor();
    await page.getByLabel('Description').fill('Requests wait for a second signature');
    await page
      .getByLabel(/^Whys/)
      .fill('Policy asks for two signatures\nNobody reviewed the policy since 2019');
    await page.getByLabel('Evidence', { exact: true }).fill('Sample of 50 requests');
    await page.getByRole('button', { name: 'Save the root causes' }).click();
    await page.getByText('Saved.').waitFor();
    await submitForApproval(page);
    await decideAsManager(id, 'approve', 'Clear');

    await page.reload();
    await currentStep(page).getByText('Initiative planning').waitFor();
    await page.getByLabel('Title').waitFor();
    expect(await improver.accessibilityViolations()).toEqual([]);
    await page.getByLabel('Title').fill('One signature for requests under the standard profile');
    await page.getByLabel('Owner (person id)').fill('olga');
    await page.getByLabel('Due date').fill('2027-03-31');
    await page.getByLabel('Expected effect').fill('Access within one day');
    await page.getByLabel('Requests wait for a second signature').check();
    await page.getByRole('button', { name: 'Save the initiatives' }).click();
    await page.getByText('Saved.').waitFor();
    await submitForApproval(page);

    const submitted = await waitForCycle(
      stack.http,
      id,
      'the initiatives wait for approval',
      (c) => c.status === 'awaiting_approval' && c.stage === 'initiative_planning',
    );
    expect(submitted.gap).toMatchObject({
      statement: 'Access requests take 6 days; branches need 1',
      currentValue: 6,
      targetValue: 1,
    });
    expect(submitted.rootCauses).toMatchObject([
      {
        description: 'Requests wait for a second signature',
        whys: ['Policy asks for two signatures', 'Nobody reviewed the policy since 2019'],
      },
    ]);
    expect(submitted.initiatives).toMatchObject([
      {
        title: 'One signature for requests under the standard profile',
        ownerId: 'olga',
        addressesCauseIds: [submitted.rootCauses[0].id],
      },
    ]);
  });

  it('charts the KPI the gap names: baseline, target and each measurement', async () => {
    const { service, kpi } = await serviceWithKpi(stack.http);
    await measureKpi(stack.http, kpi.id, 8);
    await measureKpi(stack.http, kpi.id, 7.5);
    const id = expectOk(
      await stack.http.post('/v1/cycles', { serviceId: service.id }, { as: users.improver }),
      202,
    ).body.id;
    await waitForCycle(stack.http, id, 'the cycle is recorded', () => true);
    expectOk(
      await stack.http.request('PUT', `/v1/cycles/${id}/gap`, {
        as: users.improver,
        body: gap(kpi.id),
      }),
    );
    const tab = await tabs.open(stack.http.baseUrl);
    await tab.signInWithToken(tokenOf(users.auditor), `/app/cycles/${id}`);

    const chart = tab.page.getByRole('img', { name: /^Days to replace a card over time/ });
    await chart.waitFor();
    // ECharts draws into SVG: the measurements' line is a path in it.
    await chart.locator('svg path').first().waitFor({ state: 'attached' });
    // Its tooltip draws in the SVG too: hovering adds text, and nothing the CSP refuses.
    const texts = await chart.locator('svg text').count();
    await chart.hover();
    await waitUntil(
      'the tooltip to show',
      async () => (await chart.locator('svg text').count()) > texts,
      { timeoutMs: 10_000, intervalMs: 100 },
    );
    const numbers = tab.page.getByRole('table', {
      name: /Days to replace a card \(days\), lower is better/,
    });
    await expect(numbers.getByRole('row', { name: 'Baseline 9' }).count()).resolves.toBe(1);
    await expect(numbers.getByRole('row', { name: 'Target 2' }).count()).resolves.toBe(1);
    await expect(numbers.getByRole('row', { name: 'Latest 7.5' }).count()).resolves.toBe(1);
    await tab.page.getByText(/Measurements as a table \(2\)/).click();
    const measurements = tab.page.getByRole('table', {
      name: /Measurements of Days to replace a card/,
    });
    await expect(measurements.getByRole('row').count()).resolves.toBe(3);
  });

  it('shows an auditor the history as Verified, and as Broken once a recorded event is altered', async () => {
    const cycle = await waitingAtTheGap();
    const auditor = await tabs.open(stack.http.baseUrl);
    await auditor.signInWithToken(tokenOf(users.auditor), `/app/cycles/${cycle.id}`);
    await auditor.page.getByText('Verified', { exact: true }).waitFor();
    expect(await auditor.accessibilityViolations()).toEqual([]);

    // A superuser with the append-only trigger disabled rewrites what the improver recorded.
    await queryDatabase(`
      BEGIN;
      ALTER TABLE audit_events DISABLE TRIGGER tr_audit_events_no_change;
      UPDATE audit_events SET data = jsonb_set(data, '{statement}', '"nothing to see"')
        WHERE cycle_id = '${cycle.id}' AND action = 'gap_recorded';
      ALTER TABLE audit_events ENABLE TRIGGER tr_audit_events_no_change;
      COMMIT;`);
    await auditor.page.reload();
    await auditor.page.getByText('Broken', { exact: true }).waitFor();
    await expect(auditor.page.getByText('Verified', { exact: true }).count()).resolves.toBe(0);
  });
});
