import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { findFreePort, projectRoot, waitUntil } from '@app/local-stack';
import { HttpClient } from './http-client';
import { APP_ROLE, appDatabaseUrl, testEnvironment } from './test-environment';

const API = join(projectRoot(), 'dist', 'apps', 'api', 'src', 'main.js');

export interface BuiltApi {
  process: ChildProcess;
  http: HttpClient;
}

/** The environment the built API runs with in the tests: the run's servers, as the app role. */
function builtApiEnvironment(port: number, taskQueue: string, temporalAddress: string) {
  return {
    PATH: process.env.PATH,
    PORT: String(port),
    DATABASE_URL: appDatabaseUrl(),
    DATABASE_APP_ROLE: APP_ROLE,
    DATABASE_POOL_SIZE: '4',
    TEMPORAL_ADDRESS: temporalAddress,
    TEMPORAL_TASK_QUEUE: taskQueue,
    AUTH_JWT_SECRET: testEnvironment().jwtSecret,
    // Every request of the test comes from 127.0.0.1.
    RATE_LIMIT_PER_MINUTE: '1000000',
    LOG_LEVEL: 'error',
  };
}

/**
 * Starts the built API with `env` added (an empty value removes a variable) and waits, up to
 * 30 s, for it to stop on its own: how it ends and what it said on stderr.
 */
export async function builtApiExit(
  env: Record<string, string>,
): Promise<{ code: number | null; stderr: string }> {
  if (!existsSync(API)) {
    throw new Error('dist is missing: `npm test` builds it first (npm run build)');
  }
  const base = builtApiEnvironment(
    await findFreePort(),
    'unused',
    testEnvironment().temporalAddress,
  );
  const child = spawn(process.execPath, [API], {
    env: Object.fromEntries(
      Object.entries({ ...base, ...env }).filter(([, value]) => value !== ''),
    ),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  // 'close': exited, and everything it wrote to stderr read.
  let ended: { code: number | null } | undefined;
  child.once('close', (code: number | null) => (ended = { code }));
  try {
    const { code } = await waitUntil('the API to stop on its own', async () => ended, {
      timeoutMs: 30_000,
      intervalMs: 100,
    });
    return { code, stderr };
  } finally {
    if (!ended) {
      child.kill('SIGKILL');
    }
  }
}

/**
 * The built API as its own process, configured only through its environment as docker-compose
 * runs it, logged in as the app role. Resolves once `/health/ready` answers 200.
 */
export async function spawnBuiltApi(
  taskQueue: string,
  temporalAddress = testEnvironment().temporalAddress,
  /** More variables, e.g. a setting under test. */
  extraEnv: Record<string, string> = {},
): Promise<BuiltApi> {
  if (!existsSync(API)) {
    throw new Error('dist is missing: `npm test` builds it first (npm run build)');
  }
  const env = testEnvironment();
  const port = await findFreePort();
  const child = spawn(process.execPath, [API], {
    env: { ...builtApiEnvironment(port, taskQueue, temporalAddress), ...extraEnv },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const http = new HttpClient(`http://127.0.0.1:${port}`, env.jwtSecret);
  await waitUntil(
    `the API on port ${port} to be ready`,
    async () => {
      if (child.exitCode !== null) {
        throw new Error(`the API exited with ${child.exitCode}: ${errors}`);
      }
      return (await http.get('/health/ready')).status === 200;
    },
    { timeoutMs: 60_000, intervalMs: 250 },
  );
  return { process: child, http };
}
