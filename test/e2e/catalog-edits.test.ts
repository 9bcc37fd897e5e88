import { randomUUID } from 'node:crypto';
import { catalogEditor } from '../support/catalog-edits';
import { postCsv } from '../support/csv-imports';
import { expectOk } from '../support/cycle-steps';
import { organizationBuilder } from '../support/organization';
import type { TestStack } from '../support/test-stack';
import { startTestStack } from '../support/test-stack';
import { users } from '../support/users';

describe('editing areas and services: versions, ETag and If-Match, and every change on the chain', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack({ worker: false });
  });
  afterAll(async () => {
    await stack.close();
  });
  const { area, service, organization, tag } = organizationBuilder(() => stack.http);
  const as = { as: users.improver };
  const { patch, eventsAbout } = catalogEditor(() => stack.http);

  it('renames an area: version 2 and its ETag, the change on the chain; a stale If-Match is 412 and changes nothing', async () => {
    const id = await area('back');
    const name = `Operations ${tag()}`;

    const renamed = expectOk(await patch(`/v1/areas/${id}`, { name }, '"1"'));
    expect(renamed.body).toMatchObject({ id, name, kind: 'back', version: 2 });
    expect(renamed.headers.get('etag')).toBe('"2"');

    const stale = await patch(`/v1/areas/${id}`, { name: `Ops ${tag()}` }, '"1"');
    expect(stale.status).toBe(412);
    expect(stale.body.detail).toContain('is at version 2');
    // Read by id: the shared database's area list may hold more than a page.
    const current = expectOk(await stack.http.get(`/v1/areas/${id}`, as));
    expect(current.body).toMatchObject({ id, name, version: 2 });
    expect(current.headers.get('etag')).toBe('"2"');
    expect((await stack.http.get(`/v1/areas/${randomUUID()}`, as)).status).toBe(404);

    const events = await eventsAbout(id, 'area_changed');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actor: { id: users.improver.sub, roles: users.improver.roles },
      data: { id, version: 2, before: { name: expect.any(String) }, after: { name } },
    });
    expect(Object.keys((events[0]?.data as { after: object }).after)).toEqual(['name']);
  });

  it('refuses bad area edits with a 400 or 409 and changes nothing', async () => {
    const id = await area('front');
    const taken = await area('front');
    const takenName = expectOk(await stack.http.get(`/v1/areas/${taken}`, as)).body.name as string;

    expect((await patch(`/v1/areas/${id}`, { name: null })).status).toBe(400);
    expect((await patch(`/v1/areas/${id}`, { name: '' })).status).toBe(400);
    expect((await patch(`/v1/areas/${id}`, { kind: 'back' })).status).toBe(400);
    expect((await patch(`/v1/areas/${id}`, { name: 'x'.repeat(201) })).status).toBe(400);
    expect((await patch(`/v1/areas/${id}`, { name: takenName })).status).toBe(409);
    expect((await patch(`/v1/areas/${randomUUID()}`, { name: 'Nowhere' })).status).toBe(404);

    expect(await eventsAbout(id, 'area_changed')).toEqual([]);
  });

  it('edits a service, consumers included; an empty edit or one that changes nothing makes no version', async () => {
    const { areas, services, survey } = await organization();
    const id = services.cards;
    const read = expectOk(await stack.http.get(`/v1/services/${id}`, as));
    expect(read.body).toMatchObject({ version: 1, retiredAt: null, retiredReason: null });
    expect(read.headers.get('etag')).toBe('"1"');

    const empty = expectOk(await patch(`/v1/services/${id}`, {}));
    expect(empty.body.version).toBe(1);
    const same = expectOk(await patch(`/v1/services/${id}`, { name: read.body.name }, '"1"'));
    expect(same.body).toEqual(read.body);
    expect(same.headers.get('etag')).toBe('"1"');

    const standard = { description: 'A new card within two days', responseTimeHours: 48 };
    const edited = expectOk(
      await patch(
        `/v1/services/${id}`,
        {
          description: 'Cards lost or stolen',
          standard,
          critical: true,
          consumerAreaIds: [areas.online, areas.branches],
        },
        '"1"',
      ),
    );
    expect(edited.headers.get('etag')).toBe('"2"');
    expect(edited.body).toMatchObject({
      version: 2,
      name: read.body.name,
      description: 'Cards lost or stolen',
      standard,
      critical: true,
      consumerAreaIds: [areas.online, areas.branches].sort(),
    });
    expect(expectOk(await stack.http.get(`/v1/services/${id}`, as)).body).toEqual(edited.body);

    const [event] = await eventsAbout(id, 'service_changed');
    expect(event).toMatchObject({
      actor: { id: users.improver.sub },
      data: {
        id,
        version: 2,
        before: {
          description: null,
          standard: null,
          critical: false,
          consumerAreaIds: [areas.branches, areas.callCenter].sort(),
        },
        after: {
          description: 'Cards lost or stolen',
          standard,
          critical: true,
          consumerAreaIds: [areas.online, areas.branches].sort(),
        },
      },
    });
    expect(Object.keys((event?.data as { before: object }).before).sort()).toEqual([
      'consumerAreaIds',
      'critical',
      'description',
      'standard',
    ]);

    // The call center is no customer any more: its past rating stays, and it rates no more.
    const responses = expectOk(
      await stack.http.get(`/v1/surveys/${survey}/responses?serviceId=${id}`, as),
    ).body.items;
    expect(
      responses.map((response: { respondentAreaId: string }) => response.respondentAreaId),
    ).toContain(areas.callCenter);
    const late = await stack.http.post(
      `/v1/surveys/${survey}/responses`,
      { serviceId: id, respondentAreaId: areas.callCenter, score: 4 },
      as,
    );
    expect(late.status).toBe(400);
    const imported = await postCsv(
      stack.http,
      `/v1/surveys/${survey}/responses/import`,
      `serviceId,respondentAreaId,score,comment\n${id},${areas.callCenter},4,\n`,
    );
    expect(imported.status).toBe(400);
    const matrix = expectOk(await stack.http.get('/v1/service-matrix', as)).body;
    const consumersInMatrix = matrix.cells
      .filter((cell: { serviceId: string }) => cell.serviceId === id)
      .map((cell: { consumerAreaId: string }) => cell.consumerAreaId);
    expect(consumersInMatrix.sort()).toEqual([areas.online, areas.branches].sort());

    // Taken back as a customer, it rates again.
    expectOk(
      await patch(`/v1/services/${id}`, {
        consumerAreaIds: [areas.online, areas.branches, areas.callCenter],
        standard: null,
      }),
    );
    expectOk(
      await stack.http.post(
        `/v1/surveys/${survey}/responses`,
        { serviceId: id, respondentAreaId: areas.callCenter, score: 4 },
        as,
      ),
      201,
    );
    expect(expectOk(await stack.http.get(`/v1/services/${id}`, as)).body).toMatchObject({
      version: 3,
      standard: null,
    });
  });

  it('refuses service edits under the rules of a new service, changing nothing', async () => {
    const provider = await area('back');
    const front = await area('front');
    const id = await service('Desk moves', provider, [front]);
    const other = await service('Desk repairs', provider, [front]);
    const otherName = expectOk(await stack.http.get(`/v1/services/${other}`, as)).body.name;

    const refusals = [
      [{ consumerAreaIds: [] }, 400],
      [{ consumerAreaIds: [provider] }, 400],
      [{ consumerAreaIds: [randomUUID()] }, 404],
      [{ consumerAreaIds: null }, 400],
      [{ name: null }, 400],
      [{ critical: 'yes' }, 400],
      [{ providerAreaId: front }, 400],
      [{ standard: { responseTimeHours: 4 } }, 400],
      [{ name: otherName }, 409],
    ] as const;
    for (const [body, status] of refusals) {
      expect({ body, status: (await patch(`/v1/services/${id}`, body)).status }).toEqual({
        body,
        status,
      });
    }
    expect(expectOk(await stack.http.get(`/v1/services/${id}`, as)).body.version).toBe(1);
    expect(await eventsAbout(id, 'service_changed')).toEqual([]);
  });

  it('lets only one of two edits made from the same version win', async () => {
    const provider = await area('back');
    const id = await service('Parking permits', provider, [await area('front')]);

    const answers = await Promise.all(
      ['Parking', 'Permits'].map((name) =>
        patch(`/v1/services/${id}`, { name: `${name} ${tag()}` }, '"1"'),
      ),
    );

    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 412]);
    expect(expectOk(await stack.http.get(`/v1/services/${id}`, as)).body.version).toBe(2);
    expect(await eventsAbout(id, 'service_changed')).toHaveLength(1);
  });
});
