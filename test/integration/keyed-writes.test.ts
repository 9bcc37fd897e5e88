import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AreaKind, DomainError, Role } from '@app/domain';
import type { ChangeContext, IdempotencyKeyUse } from '@app/persistence';
import { AreaRepository, dataSourceOptions, IdempotencyKeyRepository } from '@app/persistence';
import { appDatabaseUrl } from '../support/test-environment';

/** A request's writes and its Idempotency-Key, committed together or not at all, as the app role. */
describe('keyed writes in PostgreSQL', () => {
  let pool: DataSource;
  let areas: AreaRepository;
  let keys: IdempotencyKeyRepository;
  beforeAll(async () => {
    pool = await new DataSource(
      dataSourceOptions({ url: appDatabaseUrl(), poolSize: 6 }),
    ).initialize();
    areas = new AreaRepository(pool);
    keys = new IdempotencyKeyRepository(pool);
  });
  afterAll(async () => {
    await pool.destroy();
  });

  const request = (): ChangeContext => ({
    actor: { id: 'ines', roles: [Role.Improver] },
    requestId: `keyed-${randomUUID()}`,
  });
  const use = (key: string): IdempotencyKeyUse => ({
    key,
    callerId: 'ines',
    method: 'POST',
    route: '/v1/areas',
    path: '/v1/areas',
    bodySha256: 'b'.repeat(64),
  });
  const answer = Buffer.from('sealed answer');
  const areasNamed = async (...names: string[]) =>
    (
      await pool.query<{ name: string }[]>('SELECT name FROM areas WHERE name = ANY($1)', [names])
    ).map((row) => row.name);
  const eventsOf = async (change: ChangeContext) =>
    (
      await pool.query<{ action: string }[]>(
        'SELECT action FROM audit_events WHERE request_id = $1',
        [change.requestId],
      )
    ).map((row) => row.action);

  it('commits the change, its audit event and the key with its answer together', async () => {
    const key = `together-${randomUUID()}`;
    const change = request();
    const name = `Area ${randomUUID()}`;
    const write = keys.keyedWrite();
    await write.around(() => areas.create(name, AreaKind.Front, change));
    // Written, not yet committed: another connection sees nothing of it.
    expect(await areasNamed(name)).toEqual([]);

    expect(await keys.commitFirstUse(write, use(key), answer)).toBe(true);
    expect(await areasNamed(name)).toEqual([name]);
    expect(await eventsOf(change)).toEqual(['area_created']);
    expect(await keys.firstUse(key)).toMatchObject({ callerId: 'ines', answer });
  });

  it('leaves nothing, key included, when the request is abandoned after writing', async () => {
    const key = `abandoned-${randomUUID()}`;
    const change = request();
    const name = `Area ${randomUUID()}`;
    const write = keys.keyedWrite();
    await write.around(() => areas.create(name, AreaKind.Front, change));
    await write.abandon();

    expect(await areasNamed(name)).toEqual([]);
    expect(await eventsOf(change)).toEqual([]);
    expect(await keys.firstUse(key)).toBeUndefined();
  });

  it('makes a second write with the key wait for the first, then keeps nothing of its own', async () => {
    const key = `raced-${randomUUID()}`;
    const [first, second] = [request(), request()];
    const names = [`Area ${randomUUID()}`, `Area ${randomUUID()}`] as const;
    const winner = keys.keyedWrite();
    const loser = keys.keyedWrite();
    await winner.around(() => areas.create(names[0], AreaKind.Front, first));
    // The catalog chain's head is the winner's until it ends: the loser's change waits for it.
    const waiting = loser.around(() => areas.create(names[1], AreaKind.Front, second));

    expect(await keys.commitFirstUse(winner, use(key), answer)).toBe(true);
    await waiting;
    expect(await keys.commitFirstUse(loser, use(key), Buffer.from('other'))).toBe(false);

    expect(await areasNamed(...names)).toEqual([names[0]]);
    expect(await eventsOf(second)).toEqual([]);
    expect((await keys.firstUse(key))?.answer).toEqual(answer);
  });

  it('undoes only the change that failed, as its own transaction would', async () => {
    const key = `partly-${randomUUID()}`;
    const change = request();
    const [taken, added] = [`Area ${randomUUID()}`, `Area ${randomUUID()}`];
    const write = keys.keyedWrite();
    await write.around(async () => {
      await areas.create(taken, AreaKind.Front, change);
      await expect(areas.create(taken, AreaKind.Back, change)).rejects.toBeInstanceOf(DomainError);
      await areas.create(added, AreaKind.Back, change);
    });
    expect(await keys.commitFirstUse(write, use(key), answer)).toBe(true);

    expect((await areasNamed(taken, added)).sort()).toEqual([taken, added].sort());
    expect(await eventsOf(change)).toEqual(['area_created', 'area_created']);
  });

  it('writes on its own transaction outside a keyed write, and after one ended', async () => {
    const write = keys.keyedWrite();
    await write.abandon();
    const name = `Area ${randomUUID()}`;
    await write.around(() => areas.create(name, AreaKind.Front, request()));
    expect(await areasNamed(name)).toEqual([name]);
  });
});
