import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { EnvironmentVariables } from './app-config';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

/** Every variable {@link EnvironmentVariables} reads. */
export const CONFIG_VARIABLES: readonly (keyof EnvironmentVariables)[] = [
  'PORT',
  'DATABASE_URL',
  'DATABASE_POOL_SIZE',
  'DATABASE_APP_ROLE',
  'TEMPORAL_ADDRESS',
  'TEMPORAL_NAMESPACE',
  'TEMPORAL_TASK_QUEUE',
  'AUTH_JWT_SECRET',
  'DATA_DIR',
  'LOG_LEVEL',
  'HTTP_BODY_LIMIT',
  'WORKFLOW_BUNDLE_PATH',
  'WORKER_MAX_CACHED_WORKFLOWS',
  'CORS_ORIGINS',
  'RATE_LIMIT_PER_MINUTE',
  'EMBEDDED_PG_PORT',
  'TEMPORAL_DEV_PORT',
  'TEMPORAL_UI_PORT',
  'TEMPORAL_SQLITE_PRAGMAS',
  'TEMPORAL_CLI_PATH',
];

/** Parses and validates the environment; throws a {@link ConfigError} naming every bad variable. */
export function loadConfig(env: Env = process.env): EnvironmentVariables {
  const present: Record<string, string> = {};
  for (const key of CONFIG_VARIABLES) {
    const value = env[key];
    if (value !== undefined && value !== '') {
      present[key] = value;
    }
  }
  const config = plainToInstance(EnvironmentVariables, present);
  const errors = validateSync(config, { skipMissingProperties: false });
  if (errors.length > 0) {
    throw new ConfigError(
      errors.flatMap((error) =>
        Object.values(error.constraints ?? {}).map((message) =>
          message.startsWith(error.property) ? message : `${error.property}: ${message}`,
        ),
      ),
    );
  }
  return config;
}

/** Names a process cannot run without; docker-compose must set each for its service. */
export const REQUIRED_ENVIRONMENT = {
  api: ['DATABASE_URL', 'TEMPORAL_ADDRESS', 'AUTH_JWT_SECRET'],
  worker: ['DATABASE_URL', 'TEMPORAL_ADDRESS'],
} as const;

/** Fails with a clear message when a process is started without what it needs. */
export function requireSettings<K extends keyof EnvironmentVariables>(
  config: EnvironmentVariables,
  names: readonly K[],
  hint: string,
): asserts config is EnvironmentVariables & Required<Pick<EnvironmentVariables, K>> {
  const missing = names.filter((name) => config[name] === undefined);
  if (missing.length > 0) {
    throw new ConfigError(missing.map((name) => `${name} is required (${hint})`));
  }
}
