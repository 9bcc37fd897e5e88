import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '@app/local-stack';
import {
  APP_ROLE,
  appDatabaseUrl,
  auditKeysDatabaseUrl,
  testEnvironment,
} from './test-environment';

const WORKER = join(projectRoot(), 'dist', 'apps', 'worker', 'src', 'main.js');

/**
 * The built worker as its own process, as `npm start` and docker-compose run it. `onOutput`
 * hears what it writes (its JSON log lines); without it, its output is dropped.
 */
export function spawnBuiltWorker(
  taskQueue: string,
  temporalAddress = testEnvironment().temporalAddress,
  extraEnv: Record<string, string> = {},
  onOutput?: (text: string) => void,
): ChildProcess {
  if (!existsSync(WORKER)) {
    throw new Error('dist is missing: `npm test` builds it first (npm run build)');
  }
  const env = testEnvironment();
  const child = spawn(process.execPath, [WORKER], {
    env: {
      PATH: process.env.PATH,
      DATABASE_URL: appDatabaseUrl(),
      DATABASE_APP_ROLE: APP_ROLE,
      AUDIT_KEYS_DATABASE_URL: auditKeysDatabaseUrl(),
      TEMPORAL_ADDRESS: temporalAddress,
      TEMPORAL_TASK_QUEUE: taskQueue,
      WORKFLOW_BUNDLE_PATH: env.workflowBundlePath,
      LOG_LEVEL: 'error',
      // Its sweep would wake other tests' channels of the shared database on its own task
      // queue, where nothing polls once it stops: hourly unless a test asks for it.
      DELIVERY_SWEEP_EVERY: 'PT1H',
      ...extraEnv,
    },
    stdio: onOutput ? ['ignore', 'pipe', 'pipe'] : 'ignore',
  });
  for (const stream of [child.stdout, child.stderr]) {
    stream?.on('data', (chunk: Buffer) => onOutput?.(chunk.toString('utf8')));
  }
  return child;
}

/** kill -9: no shutdown, whatever it was doing cut off. Resolves once the process is gone. */
export function killHard(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}
