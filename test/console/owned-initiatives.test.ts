import { randomUUID } from 'node:crypto';
import { browserTabs } from '../support/browser';
import {
  causeIdsOf,
  causes,
  expectOk,
  gap,
  passGate,
  startCycleOnNewService,
  waitForCycle,
} from '../support/cycle-steps';
import type { TestStack } from '../support/test-stack';
import { startTestStack } from '../support/test-stack';
import { users } from '../support/users';

describe('an initiative’s owner in the console, with no product role', () => {
  const tabs = browserTabs();
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(async () => {
    await stack.close();
  });

  /** A cycle in execution monitoring whose one initiative `owner` owns. */
  async function monitoredCycleOwnedBy(owner: string): Promise<string> {
    const { id } = await startCycleOnNewService(stack.http);
    await waitForCycle(stack.http, id, 'the cycle is recorded', () => true);
    const put = (part: string, body: unknown) =>
      stack.http.request('PUT', `/v1/cycles/${id}/${part}`, { as: users.improver, body });
    expectOk(await put('gap', gap()));
    await passGate(stack.http, id);
    const recorded = expectOk(await put('root-causes', causes)).body;
    await passGate(stack.http, id);
    expectOk(
      await put('initiatives', {
        initiatives: [
          {
            title: 'Assign an inbox owner per shift',
            ownerId: owner,
            dueDate: '2099-03-31',
            expectedEffect: 'Replacement time down to 4 days',
            addressesCauseIds: causeIdsOf(recorded),
          },
        ],
      }),
    );
    await passGate(stack.http, id);
    return id;
  }

  it('shows them only their initiatives, and takes their progress report', async () => {
    const owner = `owner-${randomUUID().slice(0, 8)}`;
    const id = await monitoredCycleOwnedBy(owner);
    const tab = await tabs.open(stack.http.baseUrl);
    await tab.signInWithToken(stack.http.tokenFor(owner, []));
    await tab.page.getByRole('heading', { level: 1, name: 'My initiatives' }).waitFor();
    await tab.settled();
    // The pages that would answer 403 are not offered.
    const links = await tab.page.getByRole('navigation').getByRole('link').allTextContents();
    expect(links).toEqual(['My initiatives']);
    expect(await tab.accessibilityViolations()).toEqual([]);

    const card = tab.page.getByRole('region', { name: 'Assign an inbox owner per shift' });
    await card.getByLabel('Percent complete').fill('40');
    await card.getByLabel('Note (optional)').fill('Two of five shifts have an owner');
    await card.getByRole('button', { name: 'Report progress' }).click();
    await card.getByText('Latest note: Two of five shifts have an owner').waitFor();

    const cycle = await waitForCycle(stack.http, id, 'the progress is recorded', (c) =>
      c.initiatives.some(
        (initiative: { percentComplete: number }) => initiative.percentComplete === 40,
      ),
    );
    expect(cycle.initiatives[0]).toMatchObject({
      ownerId: owner,
      percentComplete: 40,
      lastNote: 'Two of five shifts have an owner',
    });
  });
});
