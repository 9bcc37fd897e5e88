import { randomUUID } from 'node:crypto';
import { Role } from '@app/domain';
import { expectOk } from '../support/cycle-steps';
import { createService } from '../support/factories';
import type { TestStack } from '../support/test-stack';
import { startTestStack } from '../support/test-stack';
import { users } from '../support/users';

describe('reading back what was entered: volumes, criteria, people', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(async () => {
    await stack.close();
  });

  it('lists a service’s volumes per quarter, oldest first, as they were recorded', async () => {
    const { id: service } = await createService(stack.http);
    expect(
      expectOk(await stack.http.get(`/v1/services/${service}/volumes`, { as: users.auditor })).body,
    ).toEqual({ items: [] });
    for (const [period, endCustomers, reworkRate] of [
      ['2026-Q3', 1200, 0.08],
      ['2026-Q1', 900, 0.12],
    ] as const) {
      expectOk(
        await stack.http.post(
          `/v1/services/${service}/volumes`,
          { period, endCustomers, reworkRate },
          { as: users.improver },
        ),
        201,
      );
    }

    const volumes = expectOk(
      await stack.http.get(`/v1/services/${service}/volumes`, { as: users.manager }),
    ).body as { items: { period: string; endCustomers: number; reworkRate: number }[] };

    expect(
      volumes.items.map(({ period, endCustomers, reworkRate }) => [
        period,
        endCustomers,
        reworkRate,
      ]),
    ).toEqual([
      ['2026-Q1', 900, 0.12],
      ['2026-Q3', 1200, 0.08],
    ]);
    expect(
      (await stack.http.get(`/v1/services/${randomUUID()}/volumes`, { as: users.manager })).status,
    ).toBe(404);
  });

  it('answers the criteria last set, with the field names they were sent with; 404 before', async () => {
    const { id: service } = await createService(stack.http);
    const path = `/v1/services/${service}/criteria`;
    expect((await stack.http.get(path, { as: users.auditor })).status).toBe(404);
    for (const strategyImpact of [2, 5]) {
      const body = { strategyImpact, marginsInvolved: 3, easeOfTransformation: 4 };
      expectOk(await stack.http.request('PUT', path, { as: users.improver, body }));
    }

    expect(expectOk(await stack.http.get(path, { as: users.auditor })).body).toEqual({
      serviceId: service,
      strategyImpact: 5,
      marginsInvolved: 3,
      easeOfTransformation: 4,
    });
    expect(
      (await stack.http.get(`/v1/services/${randomUUID()}/criteria`, { as: users.auditor })).status,
    ).toBe(404);
  });

  it('lets managers and admins find people by role and by a part of their id, name or email', async () => {
    const tag = randomUUID().slice(0, 8);
    const people = {
      ana: { sub: `ana-${tag}`, roles: [Role.Manager] },
      bruno: { sub: `bruno-${tag}`, roles: [Role.Improver] },
      carla: { sub: `carla-${tag}`, roles: [Role.Manager, Role.Admin] },
    };
    // People become known as they sign in: each calls the API once.
    for (const person of Object.values(people)) {
      expectOk(await stack.http.get('/v1/people/me', { as: person }));
    }
    expectOk(
      await stack.http.request('PUT', `/v1/people/pct%25-${tag}`, {
        as: users.admin,
        body: { name: `Dora 100% ${tag.toUpperCase()}`, email: null },
      }),
    );
    const search = async (query: string) =>
      expectOk(await stack.http.get(`/v1/people?${query}`, { as: users.manager })).body as {
        items: { id: string; roles: string[]; lastSeenAt: string | null }[];
        nextCursor: string | null;
      };

    const managers = await search(`role=manager&q=${tag}`);
    expect(managers.items.map((person) => person.id)).toEqual([people.ana.sub, people.carla.sub]);
    expect(managers.items[0]).toMatchObject({ roles: ['manager'], lastSeenAt: expect.any(String) });
    // Case-insensitive, in the name too; `%` is a character like any other.
    const dora = await search(`q=${encodeURIComponent(`100% ${tag.toUpperCase()}`.toLowerCase())}`);
    expect(dora.items).toEqual([
      {
        id: `pct%-${tag}`,
        name: `Dora 100% ${tag.toUpperCase()}`,
        email: null,
        roles: [],
        lastSeenAt: null,
      },
    ]);
    expect((await search(`q=${encodeURIComponent('%')}${tag}`)).items).toEqual([]);

    const first = await search(`q=${tag}&limit=2`);
    const rest = await search(`q=${tag}&limit=2&cursor=${first.nextCursor}`);
    expect([...first.items, ...rest.items].map((person) => person.id)).toEqual(
      [people.ana.sub, people.bruno.sub, people.carla.sub, `pct%-${tag}`].sort(),
    );
    expect(rest.nextCursor).toBeNull();

    expect((await stack.http.get('/v1/people', { as: users.improver })).status).toBe(403);
    expect((await stack.http.get('/v1/people?role=chief', { as: users.admin })).status).toBe(400);
    expect((await stack.http.get('/v1/people?cursor=abc', { as: users.admin })).status).toBe(400);
  });
});
