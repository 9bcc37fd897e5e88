import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

export interface DatabaseSettings {
  url: string;
  poolSize?: number;
  applicationName?: string;
  /**
   * A role every connection assumes (SET ROLE), e.g. cycles_app: its privileges, not a boundary,
   * since a session can RESET ROLE. The apps log in as it instead (loadConfig checks DATABASE_URL).
   */
  role?: string;
}

/** One definition of the schema's connection, used by the apps, the CLI scripts and the tests. */
export function dataSourceOptions(settings: DatabaseSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url: settings.url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    synchronize: false,
    migrationsRun: false,
    // gen_random_uuid() is built into PostgreSQL 13+ and PGlite; no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    applicationName: settings.applicationName,
    extra: {
      max: settings.poolSize ?? 10,
      connectionTimeoutMillis: 5_000,
      ...(settings.role ? { options: `-c role=${settings.role}` } : {}),
    },
  };
}
