import { randomUUID } from 'node:crypto';
import { Role } from '@app/domain';
import {
  causeIdsOf,
  causes,
  expectOk,
  gap,
  passGate,
  startCycleOnNewService,
} from '../support/cycle-steps';
import type { TestStack } from '../support/test-stack';
import { startTestStack } from '../support/test-stack';
import { users } from '../support/users';

describe('each person’s own initiatives, across cycles', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(async () => {
    await stack.close();
  });

  it('lists the caller’s open initiatives soonest due first, and all of them when asked', async () => {
    const owner = { sub: `owner-${randomUUID()}`, roles: [Role.Auditor] };
    const plan = (title: string, ownerId: string, dueDate: string) => ({
      title,
      ownerId,
      dueDate,
      expectedEffect: 'Faster',
    });
    const { service, id } = await startCycleOnNewService(stack.http);
    const put = (path: string, body: unknown) =>
      stack.http.request('PUT', `/v1/cycles/${id}/${path}`, { as: users.improver, body });
    expectOk(await put('gap', gap()));
    await passGate(stack.http, id);
    const [cause] = causeIdsOf(expectOk(await put('root-causes', causes)).body);
    await passGate(stack.http, id);
    expectOk(
      await put('initiatives', {
        initiatives: [
          { ...plan('Train the night shift', owner.sub, '2099-09-30'), addressesCauseIds: [cause] },
          plan('Someone else’s work', 'somebody-else', '2099-01-31'),
          plan('Publish the queue', owner.sub, '2099-03-31'),
        ],
      }),
    );
    const monitoring = await passGate(stack.http, id);
    const published = monitoring.initiatives.find(
      (initiative: { title: string }) => initiative.title === 'Publish the queue',
    );
    expectOk(
      await stack.http.post(
        `/v1/cycles/${id}/initiatives/${published.id}/progress`,
        { percentComplete: 100, status: 'done' },
        { as: users.improver },
      ),
    );

    const mine = (query = '') => stack.http.get(`/v1/people/me/initiatives${query}`, { as: owner });
    const open = expectOk(await mine()).body.items;
    expect(open).toEqual([
      {
        cycleId: id,
        serviceId: service.id,
        serviceName: expect.any(String),
        cycleStage: 'execution_monitoring',
        initiative: expect.objectContaining({
          title: 'Train the night shift',
          ownerId: owner.sub,
          status: 'not_started',
        }),
      },
    ]);
    const all = expectOk(await mine('?status=all')).body.items;
    expect(all.map((item: { initiative: { title: string } }) => item.initiative.title)).toEqual([
      'Publish the queue',
      'Train the night shift',
    ]);

    // Once the cycle is cancelled, nothing of it is open work any more.
    expectOk(
      await stack.http.post(`/v1/cycles/${id}/cancel`, { reason: 'Merged' }, { as: users.manager }),
    );
    expect(expectOk(await mine()).body.items).toEqual([]);
    expect(expectOk(await mine('?status=all')).body.items).toHaveLength(2);
    expect((await mine('?status=late')).status).toBe(400);
  });
});
