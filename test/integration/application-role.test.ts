import { randomBytes, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { Role } from '@app/domain';
import {
  AreaRepository,
  AuditRepository,
  CATALOG_CHAIN,
  dataSourceOptions,
  migrateDatabase,
  scramSha256Verifier,
} from '@app/persistence';
import { queryDatabase } from '../support/database';
import { APP_ROLE, appDatabaseUrl, testEnvironment } from '../support/test-environment';

const REWRITES = [
  ['UPDATE', `UPDATE audit_events SET action = 'forged' WHERE chain = 'catalog'`],
  ['DELETE', `DELETE FROM audit_events WHERE chain = 'catalog'`],
  ['TRUNCATE', 'TRUNCATE audit_events'],
] as const;

describe('the application role, logged in as cycles_app (DATABASE_APP_ROLE)', () => {
  let app: DataSource;
  beforeAll(async () => {
    // No SET ROLE: the apps log in as the role itself.
    app = await new DataSource(
      dataSourceOptions({ url: appDatabaseUrl(), poolSize: 2 }),
    ).initialize();
  });
  afterAll(async () => {
    await app.destroy();
  });

  it('writes the catalog and appends to the audit trail', async () => {
    const area = await new AreaRepository(app).create(
      `Role test ${randomUUID()}`,
      'back' as never,
      {
        actor: { id: 'ada', roles: [Role.Admin] },
        requestId: null,
      },
    );
    expect(area.id).toEqual(expect.any(String));
    expect((await app.query('SELECT session_user AS login, current_user AS role'))[0]).toEqual({
      login: APP_ROLE,
      role: APP_ROLE,
    });
  });

  it.each(REWRITES)('has no right to %s the audit trail', async (_verb, sql) => {
    await expect(app.query(sql)).rejects.toMatchObject({ driverError: { code: '42501' } });
  });

  describe('on a session of its own', () => {
    let session: Client;
    beforeEach(async () => {
      session = new Client({ connectionString: appDatabaseUrl() });
      await session.connect();
    });
    afterEach(async () => {
      await session.end();
    });
    const whoAmI = async () =>
      (await session.query<{ role: string }>('SELECT current_user AS role')).rows[0]?.role;

    it('cannot become the owner: RESET ROLE keeps it cycles_app, SET ROLE is refused', async () => {
      const [{ owner } = { owner: '' }] = await queryDatabase<{ owner: string }>(
        "SELECT tableowner AS owner FROM pg_tables WHERE tablename = 'audit_events'",
      );
      expect(owner).not.toBe(APP_ROLE);

      await session.query('RESET ROLE');
      expect(await whoAmI()).toBe(APP_ROLE);
      for (const target of new Set([owner, 'postgres'])) {
        await expect(session.query(`SET ROLE "${target}"`)).rejects.toMatchObject({
          code: '42501',
        });
        expect(await whoAmI()).toBe(APP_ROLE);
      }
    });

    it('cannot take another session authorization', async () => {
      await expect(session.query('SET SESSION AUTHORIZATION postgres')).rejects.toMatchObject({
        code: '42501',
      });
      await session.query('RESET SESSION AUTHORIZATION');
      expect(await whoAmI()).toBe(APP_ROLE);
    });

    it.each(REWRITES)('still cannot %s the audit trail after trying', async (_verb, sql) => {
      await session.query('RESET ROLE').catch(() => undefined);
      await session.query('SET ROLE postgres').catch(() => undefined);
      await expect(session.query(sql)).rejects.toMatchObject({ code: '42501' });
    });
  });

  it('holds no attribute or membership that would lift its limits', async () => {
    const [attributes] = await queryDatabase(
      `SELECT rolcanlogin, rolsuper, rolcreaterole, rolcreatedb, rolreplication, rolbypassrls
       FROM pg_roles WHERE rolname = $1`,
      [APP_ROLE],
    );
    expect(attributes).toEqual({
      rolcanlogin: true,
      rolsuper: false,
      rolcreaterole: false,
      rolcreatedb: false,
      rolreplication: false,
      rolbypassrls: false,
    });
    const reachable = await queryDatabase(
      `SELECT rolname FROM pg_roles WHERE rolname <> $1 AND pg_has_role($1, oid, 'MEMBER')`,
      [APP_ROLE],
    );
    expect(reachable).toEqual([]);
  });

  it('has a membership granted by mistake taken away when the migration runs again', async () => {
    const stray = `stray_${randomBytes(4).toString('hex')}`;
    await queryDatabase(`CREATE ROLE ${stray} NOLOGIN`);
    const owner = new DataSource(dataSourceOptions({ url: testEnvironment().databaseUrl }));
    await owner.initialize();
    try {
      await owner.query(`GRANT ${stray} TO ${APP_ROLE}`);
      const loginRole = owner.migrations.find((migration) =>
        migration.name?.startsWith('ApplicationLoginRole'),
      );
      expect(loginRole).toBeDefined();
      const runner = owner.createQueryRunner();
      await loginRole?.up(runner);
      await runner.release();
      const left = await owner.query(
        `SELECT 1 FROM pg_auth_members WHERE member = $1::regrole AND roleid = $2::regrole`,
        [APP_ROLE, stray],
      );
      expect(left).toEqual([]);
    } finally {
      await owner.destroy();
      await queryDatabase(`DROP ROLE IF EXISTS ${stray}`);
    }
  });

  it('gets DATABASE_APP_PASSWORD as the verifier PostgreSQL itself would store', async () => {
    // PostgreSQL hashes a password for a throwaway role; ours must match for the same salt.
    const probe = `probe_${randomBytes(4).toString('hex')}`;
    const password = randomBytes(12).toString('hex');
    const owner = new Client({ connectionString: testEnvironment().databaseUrl });
    await owner.connect();
    try {
      await owner.query(`SET password_encryption = 'scram-sha-256'`);
      await owner.query(`CREATE ROLE ${probe} PASSWORD '${password}'`);
      const stored = await owner.query<{ verifier: string }>(
        'SELECT rolpassword AS verifier FROM pg_authid WHERE rolname = $1',
        [probe],
      );
      const verifier = stored.rows[0]?.verifier ?? '';
      const [, iterations, salt] = /^SCRAM-SHA-256\$(\d+):([^$]+)\$/.exec(verifier) ?? [];
      expect(
        scramSha256Verifier(password, Buffer.from(salt ?? '', 'base64'), Number(iterations)),
      ).toBe(verifier);

      // And the migrate step sets it on the app role (the tests' server trusts 127.0.0.1 anyway).
      await migrateDatabase(testEnvironment().databaseUrl, { appPassword: password });
      const app = await owner.query<{ verifier: string }>(
        'SELECT rolpassword AS verifier FROM pg_authid WHERE rolname = $1',
        [APP_ROLE],
      );
      const appVerifier = app.rows[0]?.verifier ?? '';
      const [, appIterations, appSalt] = /^SCRAM-SHA-256\$(\d+):([^$]+)\$/.exec(appVerifier) ?? [];
      expect(
        scramSha256Verifier(password, Buffer.from(appSalt ?? '', 'base64'), Number(appIterations)),
      ).toBe(appVerifier);
    } finally {
      await owner.query(`DROP ROLE IF EXISTS ${probe}`);
      await owner.query(`ALTER ROLE ${APP_ROLE} PASSWORD NULL`);
      await owner.end();
    }
  });

  it('leaves the catalog chain whole however many writers append at once', async () => {
    const areas = new AreaRepository(app);
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        areas.create(`Concurrent ${i} ${randomUUID()}`, (i % 2 ? 'front' : 'back') as never, {
          actor: { id: 'ada', roles: [Role.Admin] },
          requestId: `r${i}`,
        }),
      ),
    );
    const verified = await new AuditRepository(app).verify(CATALOG_CHAIN);
    // Whether a checkpoint signed the chain yet depends on the other tests sharing the database.
    expect(verified).toMatchObject({
      valid: true,
      events: expect.any(Number),
      headHash: expect.any(String),
    });
    expect(verified.events).toBeGreaterThanOrEqual(21);
  });
});
