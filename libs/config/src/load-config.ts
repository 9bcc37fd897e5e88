import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, validateSync } from 'class-validator';
import { EnvironmentVariables } from './app-config';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

/** Every variable {@link EnvironmentVariables} reads: each property carries a validation rule. */
const CONFIG_VARIABLES: readonly string[] = [
  ...new Set(
    getMetadataStorage()
      .getTargetValidationMetadatas(EnvironmentVariables, '', true, false)
      .map((rule) => rule.propertyName),
  ),
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
