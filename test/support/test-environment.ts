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
  const url = new URL(testEnvironment().databaseUrl);
  url.username = APP_ROLE;
  url.password = '';
  return url.toString();
}
