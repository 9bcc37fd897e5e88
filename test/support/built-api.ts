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
    env: {
      PATH: process.env.PATH,
      PORT: String(port),
      DATABASE_URL: appDatabaseUrl(),
      DATABASE_APP_ROLE: APP_ROLE,
      DATABASE_POOL_SIZE: '4',
      TEMPORAL_ADDRESS: temporalAddress,
      TEMPORAL_TASK_QUEUE: taskQueue,
      AUTH_JWT_SECRET: env.jwtSecret,
      // Every request of the test comes from 127.0.0.1.
      RATE_LIMIT_PER_MINUTE: '1000000',
      LOG_LEVEL: 'error',
      ...extraEnv,
    },
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
