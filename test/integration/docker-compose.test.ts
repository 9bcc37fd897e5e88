import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ConfigError, loadConfig, REQUIRED_ENVIRONMENT } from '@app/config';
import { projectRoot } from '@app/local-stack';

type Port = string | number | { target?: number; published?: string | number; host_ip?: string };

interface ComposeService {
  image?: string;
  build?: unknown;
  command?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition?: string }>;
  ports?: Port[];
}

interface ComposeFile {
  services: Record<string, ComposeService>;
}

type Variables = Record<string, string | undefined>;

/** Compose's interpolation: `${NAME}`, `${NAME:?error}`, `${NAME:-default}` and `$$`. */
function interpolate(text: string, variables: Variables): string {
  return text.replace(
    /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[?-])([^}]*))?\}/g,
    (match, name: string | undefined, operator: string | undefined, argument: string) => {
      if (match === '$$' || name === undefined) {
        return '$';
      }
      const value = variables[name];
      const unset = operator?.startsWith(':') ? !value : value === undefined;
      if (unset && operator?.endsWith('?')) {
        throw new Error(`required variable ${name} is missing a value: ${argument}`);
      }
      return unset && operator?.endsWith('-') ? argument : (value ?? '');
    },
  );
}

function interpolateAll<T>(node: T, variables: Variables): T {
  if (typeof node === 'string') {
    return interpolate(node, variables) as T;
  }
  if (Array.isArray(node)) {
    return node.map((item: unknown) => interpolateAll(item, variables)) as T;
  }
  if (node && typeof node === 'object') {
    return Object.fromEntries(
      Object.entries(node).map(([key, value]) => [key, interpolateAll(value, variables)]),
    ) as T;
  }
  return node;
}

/** Host address and port of a published port, in short or long syntax. */
function published(port: Port): { hostIp?: string; hostPort?: string; target: string } {
  if (typeof port === 'object') {
    return {
      hostIp: port.host_ip,
      hostPort: port.published === undefined ? undefined : String(port.published),
      target: String(port.target),
    };
  }
  const parts = String(port).split(':');
  const target = parts.pop() ?? '';
  const hostPort = parts.pop();
  return { hostIp: parts.pop(), hostPort, target };
}

describe('docker-compose.yml', () => {
  // No Docker engine runs here: the file is checked by parsing it, as compose would read it.
  const raw = parse(readFileSync(join(projectRoot(), 'docker-compose.yml'), 'utf8'), {
    merge: true,
  }) as ComposeFile;
  const operatorVariables = {
    AUTH_JWT_SECRET: randomBytes(32).toString('base64url'),
    DATABASE_APP_PASSWORD: randomBytes(24).toString('hex'),
  };
  const compose = interpolateAll(raw, operatorVariables);
  const service = (name: string, file: ComposeFile = compose): ComposeService => {
    const found = file.services[name];
    if (!found) {
      throw new Error(`docker-compose.yml has no ${name} service`);
    }
    return found;
  };

  it('runs PostgreSQL, Temporal on PostgreSQL, the Temporal UI, migrations, the api and the worker', () => {
    expect(Object.keys(compose.services).sort()).toEqual([
      'api',
      'migrate',
      'postgres',
      'temporal',
      'temporal-ui',
      'worker',
    ]);
    expect(service('temporal').environment).toMatchObject({
      DB: 'postgres12',
      POSTGRES_SEEDS: 'postgres',
    });
    expect(service('temporal-ui').environment).toMatchObject({ TEMPORAL_ADDRESS: 'temporal:7233' });
  });

  it.each(['api', 'worker'] as const)(
    'sets every variable the %s requires, with values its config accepts',
    (app) => {
      const environment = service(app).environment ?? {};
      for (const name of REQUIRED_ENVIRONMENT[app]) {
        expect(environment[name]).toEqual(expect.any(String));
      }
      expect(() => loadConfig(environment)).not.toThrow();
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

  it('will not start without a real AUTH_JWT_SECRET and app password, nor with a sample one', () => {
    expect(service('api', raw).environment?.AUTH_JWT_SECRET).toMatch(
      /^\$\{AUTH_JWT_SECRET:\?[^}]+\}$/,
    );
    expect(() => interpolateAll(raw, { ...operatorVariables, AUTH_JWT_SECRET: undefined })).toThrow(
      /AUTH_JWT_SECRET/,
    );
    expect(() => interpolateAll(raw, { ...operatorVariables, AUTH_JWT_SECRET: '' })).toThrow(
      /AUTH_JWT_SECRET/,
    );
    expect(() =>
      interpolateAll(raw, { ...operatorVariables, DATABASE_APP_PASSWORD: undefined }),
    ).toThrow(/DATABASE_APP_PASSWORD/);
    // The value the file used to carry, set by an operator who copied it.
    const copied = interpolateAll(raw, {
      ...operatorVariables,
      AUTH_JWT_SECRET: 'change-me-to-a-long-random-secret-of-32-chars-or-more',
    });
    expect(() => loadConfig(service('api', copied).environment)).toThrow(ConfigError);
    expect(() => loadConfig(service('api', copied).environment)).toThrow(/AUTH_JWT_SECRET/);
  });

  it('has the apps log in as cycles_app and only the migrate step as the owner', () => {
    const owner = service('postgres').environment?.POSTGRES_USER;
    const ownerPassword = service('postgres').environment?.POSTGRES_PASSWORD ?? '';
    for (const app of ['api', 'worker']) {
      const environment = service(app).environment ?? {};
      const url = new URL(environment.DATABASE_URL ?? '');
      expect(url.username).toBe('cycles_app');
      expect(url.username).toBe(environment.DATABASE_APP_ROLE);
      expect(url.password).toBe(operatorVariables.DATABASE_APP_PASSWORD);
      expect(JSON.stringify(environment)).not.toContain(`${owner}:${ownerPassword}@`);
      expect(service(app).depends_on?.migrate).toEqual({
        condition: 'service_completed_successfully',
      });
    }
    const migrate = service('migrate').environment ?? {};
    expect(new URL(migrate.DATABASE_URL ?? '').username).toBe(owner);
    expect(migrate.DATABASE_APP_PASSWORD).toBe(operatorVariables.DATABASE_APP_PASSWORD);
    expect(() => loadConfig(migrate)).not.toThrow();
    // The worker signs nothing: it does not get the API's secret.
    expect(service('worker').environment?.AUTH_JWT_SECRET).toBeUndefined();
  });

  it('starts the apps from the built image at entry points the build produces', () => {
    expect(service('migrate').command).toEqual(['node', 'dist/scripts/migrate.js']);
    expect(service('api').command).toEqual(['node', 'dist/apps/api/src/main.js']);
    expect(service('worker').command).toEqual(['node', 'dist/apps/worker/src/main.js']);
    const dockerfile = readFileSync(join(projectRoot(), 'Dockerfile'), 'utf8');
    expect(dockerfile).toContain('npm run build');
  });
});
