import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, validateSync } from 'class-validator';
import { EnvironmentVariables } from './app-config';
import { ConfigError } from './config-error';
import { temporalConnectionProblems } from './temporal-connection-options';

export { ConfigError } from './config-error';

type Env = Record<string, string | undefined>;

/** Every variable {@link EnvironmentVariables} reads: each property carries a validation rule. */
const CONFIG_VARIABLES: readonly string[] = [
  ...new Set(
    getMetadataStorage()
      .getTargetValidationMetadatas(EnvironmentVariables, '', true, false)
      .map((rule) => rule.propertyName),
  ),
];

/**
 * The apps must log in as DATABASE_APP_ROLE: a role taken with SET ROLE on another login is undone
 * by RESET ROLE, and that login (the owner, often) could rewrite the audit trail.
 */
function databaseLoginProblems(config: EnvironmentVariables): string[] {
  const { DATABASE_URL: url, DATABASE_APP_ROLE: role } = config;
  if (!url || !role || !URL.canParse(url)) {
    return [];
  }
  // Role names are [a-z0-9_]: no percent-encoding to undo.
  const user = new URL(url).username;
  return user === role
    ? []
    : [
        `DATABASE_URL must log in as DATABASE_APP_ROLE (${role}), not as ${user || 'the default user'}: put ${role} and its password in the URL`,
      ];
}

/** The role that alone may add audit signing keys: the worker publishes its key as it. */
const AUDIT_KEYS_ROLE = 'cycles_audit_keys';

/** AUDIT_KEYS_DATABASE_URL exists to log in as that role, never as the apps' or the owner. */
function auditKeysLoginProblems({ AUDIT_KEYS_DATABASE_URL: url }: EnvironmentVariables): string[] {
  if (!url || !URL.canParse(url) || new URL(url).username === AUDIT_KEYS_ROLE) {
    return [];
  }
  return [`AUDIT_KEYS_DATABASE_URL must log in as ${AUDIT_KEYS_ROLE}, with its password`];
}

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
  const problems = validateSync(config, { skipMissingProperties: false }).flatMap((error) =>
    Object.values(error.constraints ?? {}).map((message) =>
      message.startsWith(error.property) ? message : `${error.property}: ${message}`,
    ),
  );
  problems.push(
    ...databaseLoginProblems(config),
    ...auditKeysLoginProblems(config),
    ...temporalConnectionProblems(config),
    ...config.identityProviderProblems(),
  );
  if (problems.length > 0) {
    throw new ConfigError(problems);
  }
  return config;
}

/** Names a process cannot run without; docker-compose must set each for its service. */
export const REQUIRED_ENVIRONMENT = {
  api: ['DATABASE_URL', 'TEMPORAL_ADDRESS'],
  worker: ['DATABASE_URL', 'TEMPORAL_ADDRESS'],
} as const;

/**
 * What docker-compose must set for `app` under `config`: the API verifies tokens with its
 * identity provider, or else with AUTH_JWT_SECRET (a secret generated inside a container would be
 * lost with it, and every token with it); a worker logged in as the apps' role publishes its
 * signing key through the keys' login, since the apps' role may not add keys.
 */
export function requiredEnvironment(
  app: keyof typeof REQUIRED_ENVIRONMENT,
  config: EnvironmentVariables,
): (keyof EnvironmentVariables)[] {
  const needsSecret = app === 'api' && !config.identityProvider();
  const needsKeysLogin = app === 'worker' && config.DATABASE_APP_ROLE !== undefined;
  return [
    ...REQUIRED_ENVIRONMENT[app],
    ...(needsSecret ? (['AUTH_JWT_SECRET'] as const) : []),
    ...(needsKeysLogin ? (['AUDIT_KEYS_DATABASE_URL'] as const) : []),
  ];
}

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
