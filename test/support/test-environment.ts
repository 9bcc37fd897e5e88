/** What the global setup started for this run, handed to the test files through the environment. */
export interface TestEnvironment {
  databaseUrl: string;
  temporalAddress: string;
  workflowBundlePath: string;
  jwtSecret: string;
}

const KEYS = {
  databaseUrl: 'TEST_DATABASE_URL',
  temporalAddress: 'TEST_TEMPORAL_ADDRESS',
  workflowBundlePath: 'TEST_WORKFLOW_BUNDLE_PATH',
  jwtSecret: 'TEST_JWT_SECRET',
} as const;

export function publishTestEnvironment(env: TestEnvironment): void {
  for (const [field, key] of Object.entries(KEYS)) {
    process.env[key] = env[field as keyof TestEnvironment];
  }
}

export function testEnvironment(): TestEnvironment {
  const read = (key: string): string => {
    const value = process.env[key];
    if (!value) {
      throw new Error(`${key} is not set: run the tests through jest's global setup`);
    }
    return value;
  };
  return {
    databaseUrl: read(KEYS.databaseUrl),
    temporalAddress: read(KEYS.temporalAddress),
    workflowBundlePath: read(KEYS.workflowBundlePath),
    jwtSecret: read(KEYS.jwtSecret),
  };
}

/** The role the apps log in as, created by the migrations. */
export const APP_ROLE = 'cycles_app';

/**
 * The run's database as the apps reach it: logged in as the app role, never taking it with SET
 * ROLE. No password: the tests' server trusts 127.0.0.1.
 */
export function appDatabaseUrl(): string {
  return databaseUrlAs(APP_ROLE);
}

/** The role that alone may add audit signing keys: the workers publish their keys as it. */
export const AUDIT_KEYS_ROLE = 'cycles_audit_keys';

/** The run's database as a worker publishes its signing key: logged in as the keys' role. */
export function auditKeysDatabaseUrl(): string {
  return databaseUrlAs(AUDIT_KEYS_ROLE);
}

/** How a test worker on `taskQueue` signs: a key of its own, published as the keys' role. */
export function testAuditSigning(taskQueue: string) {
  return { signer: taskQueue, publisherUrl: auditKeysDatabaseUrl() };
}

function databaseUrlAs(role: string): string {
  const url = new URL(testEnvironment().databaseUrl);
  url.username = role;
  url.password = '';
  return url.toString();
}
