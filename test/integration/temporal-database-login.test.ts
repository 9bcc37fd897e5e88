import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Client } from 'pg';
import { projectRoot } from '@app/local-stack';
import { queryDatabase } from '../support/database';
import { APP_ROLE, testEnvironment } from '../support/test-environment';

/** The script docker-compose.yml mounts into the postgres image's /docker-entrypoint-initdb.d. */
const SCRIPT = join(projectRoot(), 'docker', 'postgres-initdb', 'temporal-login.sh');

describe("Temporal's database login, made by docker-compose's init script (real PostgreSQL)", () => {
  // Names of this run: the server is shared, and the script's objects live server-wide.
  const suffix = randomBytes(4).toString('hex');
  const names = {
    TEMPORAL_DB_USER: `temporal_${suffix}`,
    TEMPORAL_DB_NAME: `temporal_${suffix}`,
    TEMPORAL_VISIBILITY_DB_NAME: `temporal_visibility_${suffix}`,
  };
  const password = randomBytes(24).toString('hex');
  const server = new URL(testEnvironment().databaseUrl);

  /** Runs the script as the postgres image does on a new volume: as the superuser, via psql. */
  const runScript = (variables: Record<string, string>) =>
    spawnSync('sh', [SCRIPT], {
      env: {
        PATH: process.env.PATH,
        PGHOST: server.hostname,
        PGPORT: server.port || '5432',
        POSTGRES_USER: decodeURIComponent(server.username),
        POSTGRES_DB: server.pathname.slice(1),
        ...variables,
      },
      encoding: 'utf8',
    });

  const asLogin = (database: string) => {
    const url = new URL(server);
    url.username = names.TEMPORAL_DB_USER;
    url.password = password;
    url.pathname = `/${database}`;
    return new Client({ connectionString: url.toString() });
  };

  beforeAll(() => {
    const run = runScript({ ...names, TEMPORAL_DB_PASSWORD: password });
    expect([run.status, run.stderr]).toEqual([0, '']);
  });
  afterAll(async () => {
    for (const database of [names.TEMPORAL_DB_NAME, names.TEMPORAL_VISIBILITY_DB_NAME]) {
      await queryDatabase(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    }
    await queryDatabase(`DROP ROLE IF EXISTS "${names.TEMPORAL_DB_USER}"`);
  });

  it('is a login with no power beyond its own databases, its password kept as SCRAM', async () => {
    const [role] = await queryDatabase(
      `SELECT rolcanlogin, rolsuper, rolcreatedb, rolcreaterole, rolreplication, rolbypassrls,
              rolpassword LIKE 'SCRAM-SHA-256$%' AS scram,
              (SELECT count(*)::int FROM pg_auth_members WHERE member = pg_authid.oid) AS memberships
         FROM pg_authid WHERE rolname = $1`,
      [names.TEMPORAL_DB_USER],
    );
    expect(role).toEqual({
      rolcanlogin: true,
      rolsuper: false,
      rolcreatedb: false,
      rolcreaterole: false,
      rolreplication: false,
      rolbypassrls: false,
      scram: true,
      memberships: 0,
    });
  });

  it("owns Temporal's two databases, which no other login may connect to", async () => {
    const databases = [names.TEMPORAL_DB_NAME, names.TEMPORAL_VISIBILITY_DB_NAME];
    const rows = await queryDatabase(
      `SELECT datname, pg_get_userbyid(datdba) AS owner,
              has_database_privilege($2, datname, 'CONNECT') AS app_connects
         FROM pg_database WHERE datname = ANY($1) ORDER BY datname`,
      [databases, APP_ROLE],
    );
    expect(rows).toEqual(
      databases
        .sort()
        .map((datname) => ({ datname, owner: names.TEMPORAL_DB_USER, app_connects: false })),
    );
  });

  it('lays out a schema in its database, as auto-setup does, but reads none of the product', async () => {
    const temporal = asLogin(names.TEMPORAL_DB_NAME);
    await temporal.connect();
    try {
      await temporal.query('CREATE TABLE schema_version (version_partition int PRIMARY KEY)');
      expect((await temporal.query('SELECT current_user AS login')).rows).toEqual([
        { login: names.TEMPORAL_DB_USER },
      ]);
    } finally {
      await temporal.end();
    }
    const product = asLogin(server.pathname.slice(1));
    await product.connect();
    try {
      await expect(product.query('SELECT * FROM audit_events LIMIT 1')).rejects.toMatchObject({
        code: '42501',
      });
    } finally {
      await product.end();
    }
  });

  it('stops, naming the variable, without a password, and makes nothing', async () => {
    const user = `temporal_${randomBytes(4).toString('hex')}`;
    const run = runScript({ ...names, TEMPORAL_DB_USER: user });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('TEMPORAL_DB_PASSWORD');
    expect(await queryDatabase('SELECT 1 FROM pg_roles WHERE rolname = $1', [user])).toEqual([]);
  });
});
