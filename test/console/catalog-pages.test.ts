import type { Page } from 'playwright-core';
import { browserTabs } from '../support/browser';
import { expectOk } from '../support/cycle-steps';
import { organizationBuilder } from '../support/organization';
import type { TestStack } from '../support/test-stack';
import { startTestStack } from '../support/test-stack';
import { users } from '../support/users';

const PAGES = ['Inbox', 'Cycles', 'Service matrix', 'Priorities', 'Maturity', 'My initiatives'];
const everyRole = {
  sub: 'eva-everything',
  roles: [...users.improver.roles, ...users.manager.roles, ...users.auditor.roles],
};

/** A matrix cell as the browser shows it: the rating it reads and the background it paints. */
function matrixCell(
  page: Page,
  service: string,
  area: string,
): Promise<{ rating: string; colour: string }> {
  return page.evaluate(
    ([serviceName, areaName]) => {
      const doc = (globalThis as any).document;
      const table = doc.querySelector('table');
      const headers = [...table.querySelectorAll('thead th')].map((th: any) => th.textContent);
      const column = headers.indexOf(areaName);
      const row: any = [...table.querySelectorAll('tbody tr')].find((tr: any) =>
        tr.querySelector('th').textContent.startsWith(serviceName),
      );
      const cell = row.children[column];
      return {
        // The visible number; the details after it are for screen readers and hover.
        rating: cell.firstChild.textContent,
        colour: (globalThis as any).getComputedStyle(cell).backgroundColor,
      };
    },
    [service, area] as const,
  );
}

describe('the catalog pages of the console', () => {
  const tabs = browserTabs();
  let stack: TestStack;
  const { organization } = organizationBuilder(() => stack.http);
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(async () => {
    await stack.close();
  });

  const nameOf = async (path: string) =>
    expectOk(await stack.http.get(path, { as: users.auditor })).body.name as string;

  it('reaches every page from its navigation link, each with its heading and no serious accessibility violation', async () => {
    await organization();
    const tab = await tabs.open(stack.http.baseUrl);
    await tab.signInWithToken(stack.http.tokenFor(everyRole.sub, everyRole.roles));
    for (const name of PAGES) {
      await tab.navigate(name);
      expect({ page: name, violations: await tab.accessibilityViolations() }).toEqual({
        page: name,
        violations: [],
      });
    }
  });

  it('colours the Service matrix by latest rating: equal ratings, equal colour', async () => {
    const { services, areas } = await organization();
    const [cards, claims, access] = await Promise.all(
      [services.cards, services.claims, services.access].map((id) => nameOf(`/v1/services/${id}`)),
    );
    // Named as the matrix names them (other tests' areas are there too: more than a page of them).
    const matrix = expectOk(await stack.http.get('/v1/service-matrix', { as: users.auditor })).body;
    const area = (id: string): string =>
      matrix.consumerAreas.find((candidate: { id: string }) => candidate.id === id)?.name ?? '';
    const tab = await tabs.open(stack.http.baseUrl);
    await tab.signInWithToken(stack.http.tokenFor(users.auditor.sub, users.auditor.roles));
    await tab.navigate('Service matrix');
    await tab.page.getByRole('rowheader', { name: access }).waitFor();

    // claims and access were both rated 2 by one area; cards 1 and 3 by two others.
    const claimsCell = await matrixCell(tab.page, claims ?? '', area(areas.branches));
    const accessCell = await matrixCell(tab.page, access ?? '', area(areas.online));
    const cardsLow = await matrixCell(tab.page, cards ?? '', area(areas.branches));
    const cardsHigh = await matrixCell(tab.page, cards ?? '', area(areas.callCenter));
    expect([claimsCell.rating, accessCell.rating, cardsLow.rating, cardsHigh.rating]).toEqual([
      '2.0',
      '2.0',
      '1.0',
      '3.0',
    ]);
    expect(claimsCell.colour).toBe(accessCell.colour);
    expect(new Set([claimsCell.colour, cardsLow.colour, cardsHigh.colour]).size).toBe(3);
  });

  it('ranks Priorities by the default rule over the latest survey, or over the survey chosen', async () => {
    const { services, survey } = await organization();
    const tab = await tabs.open(stack.http.baseUrl);
    await tab.signInWithToken(stack.http.tokenFor(users.manager.sub, users.manager.roles));
    // The page leaves "latest" to the API: the default rule, no survey named, and shows that answer.
    const answered = tab.page.waitForResponse((response) =>
      response.url().includes('/v1/priorities'),
    );
    await tab.navigate('Priorities');
    const ranking = await answered;
    const asked = new URL(ranking.url()).searchParams;
    expect(asked.get('surveyId')).toBeNull();
    expect([null, 'default']).toContain(asked.get('rule'));
    const defaultRanking = await ranking.json();
    expect(defaultRanking.rule).toBe('default');
    const firstRanked = await nameOf(`/v1/services/${defaultRanking.items[0].serviceId}`);
    await tab.page.getByRole('row', { name: new RegExp(`^1 ${firstRanked}`) }).waitFor();

    const surveyName = await nameOf(`/v1/surveys/${survey}`);
    await tab.page.getByLabel('Survey', { exact: true }).selectOption(survey);
    await expect(
      tab.page.getByLabel('Survey', { exact: true }).locator('option:checked').textContent(),
    ).resolves.toContain(surveyName);
    await tab.page.getByRole('button', { name: 'Apply' }).click();
    const ordered = await Promise.all(
      [services.claims, services.cards, services.access, services.payroll].map((id) =>
        nameOf(`/v1/services/${id}`),
      ),
    );
    for (const [index, name] of ordered.entries()) {
      await tab.page.getByRole('row', { name: new RegExp(`^${index + 1} ${name}`) }).waitFor();
    }
    expect(tab.page.url()).toContain(`surveyId=${survey}`);
  });

  it('lets an improver start a cycle from the Cycles page, and hides that from an auditor', async () => {
    const { services } = await organization();
    const name = await nameOf(`/v1/services/${services.laptops}`);
    const improver = await tabs.open(stack.http.baseUrl);
    await improver.signInWithToken(stack.http.tokenFor(users.improver.sub, users.improver.roles));
    await improver.navigate('Cycles');
    await improver.page.getByLabel('Service to improve').selectOption({ label: name });
    await improver.page.getByRole('button', { name: 'Start cycle' }).click();
    await improver.page.getByRole('heading', { level: 1, name }).waitFor();
    expect(improver.page.url()).toMatch(/\/app\/cycles\/[0-9a-f-]{36}$/);
    const cycles = expectOk(
      await stack.http.get(`/v1/cycles?serviceId=${services.laptops}`, { as: users.auditor }),
    ).body.items;
    expect(cycles).toHaveLength(1);
    expect(improver.page.url()).toContain(cycles[0].id);

    const auditor = await tabs.open(stack.http.baseUrl);
    await auditor.signInWithToken(stack.http.tokenFor(users.auditor.sub, users.auditor.roles));
    await auditor.navigate('Cycles');
    // Once the services are in (the start form would come with them), it is not there.
    await auditor.page
      .getByLabel('Service', { exact: true })
      .getByRole('option', { name })
      .waitFor({ state: 'attached' });
    await expect(auditor.page.getByRole('button', { name: 'Start cycle' }).count()).resolves.toBe(
      0,
    );
  });

  it('scores the Maturity self-test as the API does and shows its band', async () => {
    const tab = await tabs.open(stack.http.baseUrl);
    await tab.signInWithToken(stack.http.tokenFor(users.improver.sub, users.improver.roles));
    await tab.navigate('Maturity');
    const answers = ['c', 'c', 'b', 'd'];
    for (const [index, answer] of answers.entries()) {
      await tab.page.locator(`#self-test-${index}-${answer}`).check();
    }
    await tab.page.getByRole('button', { name: 'Score the self-test' }).click();
    const scored = expectOk(
      await stack.http.post('/v1/maturity/self-test', { answers }, { as: users.improver }),
    ).body;
    const band = {
      long_way_to_go: 'A long way to go',
      doing_well: 'Doing well',
      on_top_of_it: 'On top of it',
    }[scored.band as string];
    await tab.page.getByText(`${band}: ${scored.points} points`).waitFor();
  });
});
