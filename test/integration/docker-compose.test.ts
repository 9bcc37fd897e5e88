import { randomBytes } from 'node:crypto';
import { accessSync, constants, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, hs256Secret, loadConfig, requiredEnvironment } from '@app/config';
import { projectRoot } from '@app/local-stack';
import type { ComposeFile, Variables } from '../support/compose-file';
import {
  composeService,
  interpolateAll,
  published,
  readComposeFile,
} from '../support/compose-file';

/** Where the postgres image runs its init scripts, once, when its data directory is new. */
const INIT_SCRIPTS = '/docker-entrypoint-initdb.d';

describe('docker-compose.yml', () => {
  // No Docker engine runs here: the file is checked by parsing it, as compose would read it.
  const { text, file: raw } = readComposeFile();
  const operatorVariables: Variables = {
    POSTGRES_PASSWORD: randomBytes(24).toString('hex'),
    TEMPORAL_DB_PASSWORD: randomBytes(24).toString('hex'),
    DATABASE_APP_PASSWORD: randomBytes(24).toString('hex'),
    AUDIT_KEYS_DATABASE_PASSWORD: randomBytes(24).toString('hex'),
    AUTH_ISSUER: 'https://keycloak.acme.example/realms/acme',
    AUTH_AUDIENCE: 'improvement-cycles',
  };
  const compose = interpolateAll(raw, operatorVariables);
  const service = (name: string, file: ComposeFile = compose) => composeService(file, name);
  const environmentOf = (name: string, file: ComposeFile = compose) =>
    service(name, file).environment ?? {};

  it('runs PostgreSQL, Temporal on PostgreSQL, the Temporal UI, migrations, the api and the worker', () => {
    expect(Object.keys(compose.services).sort()).toEqual([
      'api',
      'migrate',
      'postgres',
      'temporal',
      'temporal-ui',
      'worker',
    ]);
    expect(environmentOf('temporal')).toMatchObject({
      DB: 'postgres12',
      POSTGRES_SEEDS: 'postgres',
    });
    expect(environmentOf('temporal-ui')).toMatchObject({ TEMPORAL_ADDRESS: 'temporal:7233' });
  });

  it.each(['api', 'worker'] as const)(
    'sets every variable the %s requires, with values its config accepts',
    (app) => {
      const environment = environmentOf(app);
      const config = loadConfig(environment);
      for (const name of requiredEnvironment(app, config)) {
        expect([name, environment[name]]).toEqual([name, expect.any(String)]);
      }
      expect(environment.DATABASE_URL).toMatch(/@postgres:5432\//);
      expect(environment.TEMPORAL_ADDRESS).toBe('temporal:7233');
    },
  );

  it('publishes only the API to the network: Temporal and PostgreSQL stay inside, the UI on loopback', () => {
    const everyPort = Object.entries(compose.services).flatMap(([name, { ports }]) =>
      (ports ?? []).map((port) => ({ name, ...published(port) })),
    );
    expect(everyPort.filter((port) => port.target === '7233' || port.hostPort === '7233')).toEqual(
      [],
    );
    expect(service('temporal').ports ?? []).toEqual([]);
    for (const port of service('postgres').ports ?? []) {
      expect(published(port).hostIp).toBe('127.0.0.1');
    }
    const ui = (service('temporal-ui').ports ?? []).map(published);
    expect(ui).toEqual([{ hostIp: '127.0.0.1', hostPort: '8080', target: '8080' }]);
    const onEveryInterface = everyPort.filter((port) => port.hostIp !== '127.0.0.1');
    expect(onEveryInterface.map((port) => port.name)).toEqual(['api']);
  });

  it('signs people in through the identity provider, with no HS256 secret unless one is set', () => {
    const api = environmentOf('api', raw);
    expect(api.AUTH_ISSUER).toMatch(/^\$\{AUTH_ISSUER:\?[^}]+\}$/);
    expect(api.AUTH_AUDIENCE).toMatch(/^\$\{AUTH_AUDIENCE:\?[^}]+\}$/);
    expect(api.AUTH_JWT_SECRET).toBe('${AUTH_JWT_SECRET:-}');
    for (const name of ['AUTH_ISSUER', 'AUTH_AUDIENCE']) {
      expect(() => interpolateAll(raw, { ...operatorVariables, [name]: undefined })).toThrow(name);
    }

    const config = loadConfig(environmentOf('api'));
    expect(config.identityProvider()).toBe(true);
    expect(config.AUTH_AUDIENCE).toBe('improvement-cycles');
    // No secret: HS256 tokens are refused, and none is generated inside the container.
    expect(hs256Secret(config)).toBeUndefined();

    // What the API refuses to start with, set by an operator.
    const started = (variables: Variables) => () =>
      loadConfig(environmentOf('api', interpolateAll(raw, { ...operatorVariables, ...variables })));
    expect(started({ AUTH_ISSUER: 'http://keycloak.internal/realms/acme' })).toThrow(
      /AUTH_ISSUER must be an https URL/,
    );
    const copied = 'change-me-to-a-long-random-secret-of-32-chars-or-more';
    expect(started({ AUTH_JWT_SECRET: copied })).toThrow(ConfigError);
    expect(started({ AUTH_JWT_SECRET: copied })).toThrow(/AUTH_JWT_SECRET/);
    const secret = randomBytes(32).toString('base64url');
    expect(hs256Secret(started({ AUTH_JWT_SECRET: secret })())?.secret).toBe(secret);
  });

  it('has no default database password: each comes from the operator, or nothing starts', () => {
    expect(environmentOf('postgres', raw).POSTGRES_PASSWORD).toMatch(
      /^\$\{POSTGRES_PASSWORD:\?[^}]+\}$/,
    );
    for (const name of [
      'POSTGRES_PASSWORD',
      'TEMPORAL_DB_PASSWORD',
      'DATABASE_APP_PASSWORD',
      'AUDIT_KEYS_DATABASE_PASSWORD',
    ]) {
      expect(() => interpolateAll(raw, { ...operatorVariables, [name]: undefined })).toThrow(name);
      expect(() => interpolateAll(raw, { ...operatorVariables, [name]: '' })).toThrow(name);
    }
    // Every password or database URL in the file is the operator's, never a written-in one.
    const passwords = Object.values(raw.services).flatMap(({ environment = {} }) =>
      Object.entries(environment).filter(([name]) => /PASSWORD|PWD|DATABASE_URL/.test(name)),
    );
    expect(passwords.length).toBeGreaterThanOrEqual(5);
    for (const [name, value] of passwords) {
      expect([name, value]).toEqual([name, expect.stringMatching(/\$\{[A-Z_]+PASSWORD:\?/)]);
    }
    expect(text).not.toContain('cycles:cycles@');
  });

  it('has the apps log in as cycles_app and only the migrate step as the owner', () => {
    const owner = environmentOf('postgres').POSTGRES_USER;
    const ownerPassword = environmentOf('postgres').POSTGRES_PASSWORD;
    expect(ownerPassword).toBe(operatorVariables.POSTGRES_PASSWORD);
    for (const app of ['api', 'worker']) {
      const environment = environmentOf(app);
      const url = new URL(environment.DATABASE_URL ?? '');
      expect(url.username).toBe('cycles_app');
      expect(url.username).toBe(environment.DATABASE_APP_ROLE);
      expect(url.password).toBe(operatorVariables.DATABASE_APP_PASSWORD);
      expect(JSON.stringify(environment)).not.toContain(`${ownerPassword}`);
      expect(service(app).depends_on?.migrate).toEqual({
        condition: 'service_completed_successfully',
      });
    }
    const migrate = environmentOf('migrate');
    const migrateUrl = new URL(migrate.DATABASE_URL ?? '');
    expect(migrateUrl.username).toBe(owner);
    expect(migrateUrl.password).toBe(ownerPassword);
    expect(migrate.DATABASE_APP_PASSWORD).toBe(operatorVariables.DATABASE_APP_PASSWORD);
    expect(() => loadConfig(migrate)).not.toThrow();
    // The worker signs nothing: it does not get the API's secret.
    expect(environmentOf('worker').AUTH_JWT_SECRET).toBeUndefined();
  });

  it('gives the login that may add audit signing keys to the worker alone', () => {
    const keysUrl = new URL(environmentOf('worker').AUDIT_KEYS_DATABASE_URL ?? '');
    expect(keysUrl.username).toBe('cycles_audit_keys');
    expect(keysUrl.password).toBe(operatorVariables.AUDIT_KEYS_DATABASE_PASSWORD);
    expect(environmentOf('migrate').AUDIT_KEYS_DATABASE_PASSWORD).toBe(
      operatorVariables.AUDIT_KEYS_DATABASE_PASSWORD,
    );
    expect(JSON.stringify(environmentOf('api'))).not.toContain(
      `${operatorVariables.AUDIT_KEYS_DATABASE_PASSWORD}`,
    );
    expect(() => loadConfig(environmentOf('worker'))).not.toThrow();
  });

  it('gives Temporal a database login of its own, made for it when the volume is created', () => {
    const postgres = environmentOf('postgres');
    const temporal = environmentOf('temporal');
    expect(temporal.POSTGRES_USER).not.toBe(postgres.POSTGRES_USER);
    expect(temporal.POSTGRES_USER).toBe(postgres.TEMPORAL_DB_USER);
    expect(temporal.POSTGRES_PWD).toBe(operatorVariables.TEMPORAL_DB_PASSWORD);
    expect(postgres.TEMPORAL_DB_PASSWORD).toBe(operatorVariables.TEMPORAL_DB_PASSWORD);
    expect(temporal.POSTGRES_PWD).not.toBe(postgres.POSTGRES_PASSWORD);
    expect(temporal.DBNAME).toBe(postgres.TEMPORAL_DB_NAME);
    expect(temporal.VISIBILITY_DBNAME).toBe(postgres.TEMPORAL_VISIBILITY_DB_NAME);
    // The login may not create databases: auto-setup must use the ones made for it.
    expect(temporal.SKIP_DB_CREATE).toBe('true');
    // The init script (run against PostgreSQL in temporal-database-login.test.ts) is mounted.
    const mounts = (service('postgres').volumes ?? []).map((volume) => volume.split(':'));
    const scripts = mounts.find(([, target]) => target === INIT_SCRIPTS);
    expect(scripts?.[2]).toBe('ro');
    const script = join(projectRoot(), scripts?.[0] ?? '', 'temporal-login.sh');
    expect(() => accessSync(script, constants.X_OK)).not.toThrow();
    expect(readFileSync(script, 'utf8')).toContain('CREATE ROLE :"login" LOGIN NOSUPERUSER');
  });

  it('opens no CORS origin on the Temporal UI', () => {
    expect(
      Object.keys(environmentOf('temporal-ui', raw)).filter((name) => /CORS/.test(name)),
    ).toEqual([]);
  });

  it('starts the apps from the built image at entry points the build produces', () => {
    expect(service('migrate').command).toEqual(['node', 'dist/scripts/migrate.js']);
    expect(service('api').command).toEqual(['node', 'dist/apps/api/src/main.js']);
    expect(service('worker').command).toEqual(['node', 'dist/apps/worker/src/main.js']);
    const dockerfile = readFileSync(join(projectRoot(), 'Dockerfile'), 'utf8');
    expect(dockerfile).toContain('npm run build');
  });
});
