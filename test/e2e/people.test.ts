import { randomUUID } from 'node:crypto';
import { expectOk } from '../support/cycle-steps';
import { queryDatabase } from '../support/database';
import { TestIdentityProvider } from '../support/identity-provider';
import type { TestStack } from '../support/test-stack';
import { startTestStack } from '../support/test-stack';
import { users } from '../support/users';

describe('the people the product knows: from their tokens, and as admins enter them', () => {
  const provider = new TestIdentityProvider();
  let stack: TestStack;
  let kid: string;

  beforeAll(async () => {
    await provider.start();
    kid = await provider.addKey('ES256');
    stack = await startTestStack({
      worker: false,
      identityProvider: {
        issuer: provider.issuer,
        audience: provider.audience,
        rolesClaim: 'roles',
        jwksCooldownMs: 30_000,
      },
    });
  });
  afterAll(async () => {
    await stack?.close();
    await provider.stop();
  });

  const personRow = async (id: string) =>
    (
      await queryDatabase<{ name: string | null; email: string | null; roles: string[] }>(
        'SELECT name, email, roles FROM people WHERE id = $1',
        [id],
      )
    )[0];

  it('knows who signed in, with the name and email of their token, kept up to date', async () => {
    const sub = `kc-${randomUUID()}`;
    const first = await provider.token(kid, {
      sub,
      name: 'Mara Lind',
      email: 'mara@acme.example',
      roles: ['manager'],
    });
    expect(expectOk(await stack.http.get('/v1/people/me', { token: first })).body).toEqual({
      id: sub,
      name: 'Mara Lind',
      email: 'mara@acme.example',
      roles: ['manager'],
    });
    expect(await personRow(sub)).toEqual({
      name: 'Mara Lind',
      email: 'mara@acme.example',
      roles: ['manager'],
    });

    // A new email and one more role at the provider: the next request brings them.
    const later = await provider.token(kid, {
      sub,
      name: 'Mara Lind',
      email: 'mara.lind@acme.example',
      roles: ['manager', 'auditor'],
    });
    expectOk(await stack.http.get('/v1/areas', { token: later }));
    expect(await personRow(sub)).toEqual({
      name: 'Mara Lind',
      email: 'mara.lind@acme.example',
      roles: ['manager', 'auditor'],
    });
  });

  it('lets an admin enter someone who has not signed in yet, on the audit trail', async () => {
    const id = `olga-${randomUUID()}`;
    const requestId = `people-${randomUUID()}`;
    const entered = await stack.http.request('PUT', `/v1/people/${id}`, {
      as: users.admin,
      body: { name: 'Olga Berg', email: 'olga@acme.example' },
      headers: { 'x-request-id': requestId },
    });
    expect(entered.status).toBe(200);
    expect(entered.body).toEqual({ id, name: 'Olga Berg', email: 'olga@acme.example', roles: [] });
    const events = await queryDatabase<{ action: string; actor_id: string; data: any }>(
      `SELECT action, actor_id, data FROM audit_events WHERE chain = 'catalog' AND request_id = $1`,
      [requestId],
    );
    expect(events).toEqual([
      {
        action: 'person_updated',
        actor_id: users.admin.sub,
        data: expect.objectContaining({
          before: null,
          after: expect.objectContaining({ id, name: 'Olga Berg' }),
        }),
      },
    ]);

    // When she signs in with a token that names no email, the one the admin entered stays.
    const token = await provider.token(kid, { sub: id, roles: ['improver'] });
    expect(expectOk(await stack.http.get('/v1/people/me', { token })).body).toEqual({
      id,
      name: 'Olga Berg',
      email: 'olga@acme.example',
      roles: ['improver'],
    });
  });

  it('refuses other roles and bad entries, and changes nothing', async () => {
    const id = `omar-${randomUUID()}`;
    const put = (body: unknown, as = users.admin, path = `/v1/people/${id}`) =>
      stack.http.request('PUT', path, { as, body });
    expect((await put({ name: 'Omar' }, users.manager)).status).toBe(403);
    expect((await put({ name: 'Omar', email: 'not an email' })).status).toBe(400);
    expect((await put({ email: 'omar@acme.example' })).status).toBe(400);
    expect((await put({ name: 'Omar' }, users.admin, '/v1/people/system')).status).toBe(400);
    expect(await personRow(id)).toBeUndefined();
  });
});
