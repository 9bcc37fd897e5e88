import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { IdempotencyKeyUse } from '@app/persistence';
import {
  dataSourceOptions,
  IdempotencyKeyRepository,
  idempotencyKeyDigest,
} from '@app/persistence';
import { appDatabaseUrl } from '../support/test-environment';

describe('idempotency keys in PostgreSQL, as the app role', () => {
  // Two pools, as two API processes would have.
  let pools: DataSource[];
  beforeAll(async () => {
    pools = await Promise.all(
      [0, 1].map(() =>
        new DataSource(dataSourceOptions({ url: appDatabaseUrl(), poolSize: 5 })).initialize(),
      ),
    );
  });
  afterAll(async () => {
    await Promise.all(pools.map((pool) => pool.destroy()));
  });

  const use = (key: string, callerId: string): IdempotencyKeyUse => ({
    key,
    callerId,
    method: 'POST',
    route: '/v1/cycles/:id/decisions',
    path: `/v1/cycles/${randomUUID()}/decisions`,
    bodySha256: 'a'.repeat(64),
  });

  it('gives every one of many concurrent claims the same first use', async () => {
    const key = `race-${randomUUID()}`;
    const claims = Array.from({ length: 20 }, (_, index) =>
      new IdempotencyKeyRepository(pools[index % 2] as DataSource).claim(
        use(key, `caller-${index}`),
      ),
    );
    const answers = await Promise.all(claims);
    expect(new Set(answers.map((answer) => JSON.stringify(answer))).size).toBe(1);
    expect(answers[0]?.callerId).toMatch(/^caller-\d+$/);
  });

  it('lets the app role add and read keys, never change or delete them', async () => {
    const key = `fixed-${randomUUID()}`;
    const pool = pools[0] as DataSource;
    await new IdempotencyKeyRepository(pool).claim(use(key, 'ana'));
    for (const sql of [
      `UPDATE idempotency_keys SET caller_id = 'mallory' WHERE key_sha256 = $1`,
      `UPDATE idempotency_keys SET answer = '\\x00' WHERE key_sha256 = $1`,
      'DELETE FROM idempotency_keys WHERE key_sha256 = $1',
    ]) {
      await expect(pool.query(sql, [idempotencyKeyDigest(key)])).rejects.toMatchObject({
        driverError: { code: '42501' },
      });
    }
    expect((await new IdempotencyKeyRepository(pool).claim(use(key, 'bob'))).callerId).toBe('ana');
  });

  it('keeps the key as its SHA-256, never as sent', async () => {
    const sent = use(`kept-${randomUUID()}`, 'ana');
    const pool = pools[0] as DataSource;
    await new IdempotencyKeyRepository(pool).claim(sent);
    const rows = await pool.query<{ key_sha256: string }[]>(
      'SELECT key_sha256 FROM idempotency_keys WHERE path = $1',
      [sent.path],
    );
    expect(rows).toEqual([{ key_sha256: idempotencyKeyDigest(sent.key) }]);
    expect(idempotencyKeyDigest(sent.key)).toMatch(/^[0-9a-f]{64}$/);
  });
});
