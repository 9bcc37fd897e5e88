import { randomUUID } from 'node:crypto';
import { Role } from '@app/domain';
import { expectOk } from '../support/cycle-steps';
import { createService } from '../support/factories';
import { queryDatabase } from '../support/database';
import type { TestStack } from '../support/test-stack';
import { startTestStack } from '../support/test-stack';
import { users } from '../support/users';

describe('service accounts: keys for integrations, shown once, revocable, audited', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack({ worker: false });
  });
  afterAll(async () => {
    await stack.close();
  });

  const create = (body: unknown, as = users.admin) =>
    stack.http.post('/v1/service-accounts', body, { as });

  it('shows the key once, keeps only its hash, and acts as the account', async () => {
    const name = `Ticketing ${randomUUID()}`;
    const created = expectOk(await create({ name, roles: ['improver'] }), 201).body;
    expect(created).toMatchObject({ name, roles: ['improver'], lastUsedAt: null, revokedAt: null });
    expect(created.key).toMatch(/^ica_[A-Za-z0-9_-]{43}$/);

    const [stored] = await queryDatabase<{ key_sha256: string }>(
      'SELECT key_sha256 FROM service_accounts WHERE id = $1',
      [created.id],
    );
    expect(stored?.key_sha256).toMatch(/^[0-9a-f]{64}$/);
    const everything = JSON.stringify(
      await queryDatabase('SELECT * FROM service_accounts WHERE id = $1', [created.id]),
    );
    expect(everything).not.toContain(created.key);
    const listed = expectOk(await stack.http.get('/v1/service-accounts', { as: users.admin })).body
      .items as { id: string; key?: string; lastUsedAt: string | null }[];
    expect(listed.find((account) => account.id === created.id)).not.toHaveProperty('key');

    // The integration records an area with its key: the account is the actor.
    const requestId = `sa-${randomUUID()}`;
    const area = await stack.http.post(
      '/v1/areas',
      { name: `Claims ${randomUUID()}`, kind: 'back' },
      { token: created.key, headers: { 'x-request-id': requestId } },
    );
    expect(area.status).toBe(201);
    const events = await queryDatabase<{ actor_id: string; actor_roles: string[] }>(
      'SELECT actor_id, actor_roles FROM audit_events WHERE request_id = $1',
      [requestId],
    );
    expect(events).toEqual([{ actor_id: created.actorId, actor_roles: ['improver'] }]);
    expect(created.actorId).toBe(`service-account:${created.id}`);
    const used = expectOk(
      await stack.http.get('/v1/service-accounts?limit=100', { as: users.admin }),
    ).body.items.find((account: { id: string }) => account.id === created.id);
    expect(Date.parse(used.lastUsedAt)).toBeGreaterThan(Date.parse(created.createdAt) - 1);

    // Its roles bound it like anyone's.
    expect((await stack.http.get('/v1/approvals/pending', { token: created.key })).status).toBe(
      403,
    );
  });

  it('answers 401 for a revoked or unknown key, and records who revoked it', async () => {
    const created = expectOk(
      await create({ name: `Chat ${randomUUID()}`, roles: ['auditor'] }),
      201,
    ).body;
    expect((await stack.http.get('/v1/areas', { token: created.key })).status).toBe(200);
    const requestId = `revoke-${randomUUID()}`;
    const revoked = await stack.http.request('DELETE', `/v1/service-accounts/${created.id}`, {
      as: users.admin,
      headers: { 'x-request-id': requestId },
    });
    expect(revoked.status).toBe(204);
    const refused = await stack.http.get('/v1/areas', { token: created.key });
    expect(refused.status).toBe(401);
    expect(refused.body.detail).toContain('service account key');
    const forged = await stack.http.get('/v1/areas', { token: `ica_${'A'.repeat(43)}` });
    expect(forged.status).toBe(401);
    expect(
      await queryDatabase('SELECT action, actor_id FROM audit_events WHERE request_id = $1', [
        requestId,
      ]),
    ).toEqual([{ action: 'service_account_revoked', actor_id: users.admin.sub }]);
    expect(
      (
        await stack.http.request('DELETE', `/v1/service-accounts/${randomUUID()}`, {
          as: users.admin,
        })
      ).status,
    ).toBe(404);
  });

  it('is for admins only, and refuses bad bodies without creating anything', async () => {
    const name = `Refused ${randomUUID()}`;
    expect((await create({ name, roles: ['improver'] }, users.manager)).status).toBe(403);
    for (const body of [
      { name, roles: [] },
      { name, roles: ['astronaut'] },
      { name: '', roles: ['improver'] },
      { roles: ['improver'] },
      { name, roles: ['improver', 'improver'] },
    ]) {
      expect([JSON.stringify(body), (await create(body)).status]).toEqual([
        JSON.stringify(body),
        400,
      ]);
    }
    expect(
      await queryDatabase(`SELECT id FROM service_accounts WHERE name IN ($1, '')`, [name]),
    ).toEqual([]);
  });

  it('reserves the service-account: prefix: no token nor person-id field may claim it', async () => {
    const posing = `service-account:${randomUUID()}`;
    const token = await stack.http.get('/v1/people/me', {
      as: { sub: posing, roles: [Role.Manager] },
    });
    expect(token.status).toBe(401);
    expect(token.body.detail).toContain('"service-account:" begins only service accounts');

    const service = await createService(stack.http);
    const cycleId = randomUUID();
    const initiative = { title: 'Night shift', dueDate: '2099-09-30', expectedEffect: 'Faster' };
    const window = {
      startsAt: new Date().toISOString(),
      endsAt: new Date(Date.now() + 3_600_000).toISOString(),
      reason: 'Away',
    };
    const fields: [string, Promise<{ status: number; body: any }>][] = [
      [
        'initiatives.0.ownerId',
        stack.http.request('PUT', `/v1/cycles/${cycleId}/initiatives`, {
          as: users.improver,
          body: { initiatives: [{ ...initiative, ownerId: posing }] },
        }),
      ],
      [
        'add.0.ownerId',
        stack.http.post(
          `/v1/cycles/${cycleId}/roadmap-changes`,
          { reason: 'More', add: [{ ...initiative, ownerId: posing }] },
          { as: users.improver },
        ),
      ],
      [
        'approvers',
        stack.http.request('PUT', `/v1/services/${service.id}/approval-policy`, {
          as: users.admin,
          body: { approvers: [posing], quorum: 1, escalateTo: [] },
        }),
      ],
      [
        'escalateTo',
        stack.http.request('PUT', `/v1/services/${service.id}/approval-policy`, {
          as: users.admin,
          body: { approvers: [users.manager.sub], quorum: 1, escalateTo: [posing] },
        }),
      ],
      [
        'delegateId',
        stack.http.post(
          '/v1/delegations',
          { ...window, delegateId: posing },
          { as: users.manager },
        ),
      ],
      [
        'id',
        stack.http.request('PUT', `/v1/people/${encodeURIComponent(posing)}`, {
          as: users.admin,
          body: { name: 'Not a person' },
        }),
      ],
    ];
    for (const [field, answer] of fields) {
      const { status, body } = await answer;
      expect([field, status]).toEqual([field, 400]);
      expect(body.errors).toContainEqual({
        field,
        message: expect.stringContaining('begins only service accounts'),
      });
    }
    expect(await queryDatabase('SELECT id FROM people WHERE id = $1', [posing])).toEqual([]);
    expect(
      await queryDatabase(`SELECT 1 FROM approval_policies WHERE service_id = $1`, [service.id]),
    ).toEqual([]);
  });
});
