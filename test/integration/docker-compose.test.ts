import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadConfig, REQUIRED_ENVIRONMENT } from '@app/config';
import { projectRoot } from '@app/local-stack';

interface ComposeService {
  image?: string;
  build?: unknown;
  command?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, unknown>;
}

describe('docker-compose.yml', () => {
  // No Docker engine runs here: the file is checked by parsing it, as compose would read it.
  const compose = parse(readFileSync(join(projectRoot(), 'docker-compose.yml'), 'utf8'), {
    merge: true,
  }) as {
    services: Record<string, ComposeService>;
  };
  const service = (name: string): ComposeService => {
    const found = compose.services[name];
    if (!found) {
      throw new Error(`docker-compose.yml has no ${name} service`);
    }
    return found;
  };

  it('runs PostgreSQL, Temporal on PostgreSQL, the Temporal UI, the api and the worker', () => {
    expect(Object.keys(compose.services).sort()).toEqual([
      'api',
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

  it('starts the apps from the built image at entry points the build produces', () => {
    expect(service('api').command?.join(' ')).toContain('dist/scripts/migrate.js');
    expect(service('api').command?.join(' ')).toContain('dist/apps/api/src/main.js');
    expect(service('worker').command).toEqual(['node', 'dist/apps/worker/src/main.js']);
    const dockerfile = readFileSync(join(projectRoot(), 'Dockerfile'), 'utf8');
    expect(dockerfile).toContain('npm run build');
  });
});
