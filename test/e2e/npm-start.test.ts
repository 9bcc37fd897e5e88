import type { ChildProcess } from 'node:child_process';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { findFreePort, projectRoot, waitUntil } from '@app/local-stack';
import { HttpClient } from '../support/http-client';
import { verifyOffline } from '../support/offline-verifier';
import { users } from '../support/users';

const LAUNCHER = join(projectRoot(), 'dist', 'apps', 'launcher', 'src', 'main.js');

interface Launched {
  process: ChildProcess;
  output: () => string;
}

/** `npm start` as a user runs it: no DATABASE_URL, no TEMPORAL_ADDRESS, state under DATA_DIR. */
function launch(env: NodeJS.ProcessEnv): Launched {
  const child = spawn(process.execPath, [LAUNCHER], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { process: child, output: () => output };
}

async function untilReady(launched: Launched): Promise<void> {
  await waitUntil(
    'npm start to be ready',
    async () => {
      if (launched.process.exitCode !== null) {
        throw new Error(`launcher exited: ${launched.output()}`);
      }
      return launched.output().includes('[launcher] ready');
    },
    { timeoutMs: 90_000, intervalMs: 250 },
  );
}

async function interrupt(launched: Launched): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) =>
    launched.process.once('exit', (code) => resolve(code)),
  );
  launched.process.kill('SIGINT');
  return exited;
}

describe('npm start with the embedded default', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'cycles-npm-start-'));
  let env: NodeJS.ProcessEnv;
  let http: () => HttpClient;

  beforeAll(async () => {
    if (!existsSync(LAUNCHER)) {
      throw new Error('dist is missing: `npm test` builds it first (npm run build)');
    }
    const [port, pgPort, temporalPort, uiPort] = await Promise.all([
      findFreePort(),
      findFreePort(),
      findFreePort(),
      findFreePort(),
    ]);
    env = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      DATA_DIR: dataDir,
      PORT: String(port),
      EMBEDDED_PG_PORT: String(pgPort),
      TEMPORAL_DEV_PORT: String(temporalPort),
      TEMPORAL_UI_PORT: String(uiPort),
      LOG_LEVEL: 'warn',
    };
    // The secret exists once the launcher has run; read it then.
    http = () =>
      new HttpClient(
        `http://127.0.0.1:${port}`,
        readFileSync(join(dataDir, 'jwt-secret'), 'utf8').trim(),
      );
  });

  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('prints where the console is and how to sign in, with a token `npm run token` makes that the API accepts, with its roles', async () => {
    const launched = launch(env);
    try {
      await untilReady(launched);
      expect(launched.output()).toContain(`console      http://localhost:${env.PORT}/app/`);
      expect(launched.output()).toContain('sign in      paste a token from: npm run -s token --');
      const page = await fetch(`http://127.0.0.1:${env.PORT}/`);
      expect(page.url).toBe(`http://127.0.0.1:${env.PORT}/app/`);
      expect(await page.text()).toContain('<div id="root"></div>');
      const token = execFileSync(
        'npm',
        ['run', '-s', 'token', '--', '--sub', 'ana', '--roles', 'auditor'],
        {
          cwd: projectRoot(),
          env,
          encoding: 'utf8',
        },
      ).trim();

      expect((await http().get('/v1/areas', { token })).status).toBe(200);
      const refused = await http().post('/v1/areas', { name: 'Audit', kind: 'back' }, { token });
      expect(refused.status).toBe(403);
    } finally {
      expect(await interrupt(launched)).toBe(0);
    }
  });

  it('serves the API, and keeps a cycle across Ctrl-C and a new start', async () => {
    const first = launch(env);
    await untilReady(first);
    expect(first.output()).toContain(`Temporal UI  http://127.0.0.1:${env.TEMPORAL_UI_PORT}`);
    expect(first.output()).toContain('/docs');
    expect((await http().get('/health/ready')).body.status).toBe('ready');

    const back = await http().post(
      '/v1/areas',
      { name: 'Back office', kind: 'back' },
      { as: users.improver },
    );
    const front = await http().post(
      '/v1/areas',
      { name: 'Branches', kind: 'front' },
      { as: users.improver },
    );
    const service = await http().post(
      '/v1/services',
      { name: 'Card replacement', providerAreaId: back.body.id, consumerAreaIds: [front.body.id] },
      { as: users.improver },
    );
    const cycle = await http().post(
      '/v1/cycles',
      { serviceId: service.body.id },
      { as: users.improver },
    );
    expect(cycle.status).toBe(202);

    expect(await interrupt(first)).toBe(0);
    expect(first.output()).toContain('[launcher] stopped');

    const second = launch(env);
    try {
      await untilReady(second);
      const read = await http().get(`/v1/cycles/${cycle.body.id}`, { as: users.auditor });
      expect(read.status).toBe(200);
      expect(read.body).toMatchObject({
        serviceId: service.body.id,
        stage: 'gap_identification',
        status: 'in_progress',
      });

      const connection = await Connection.connect({
        address: `127.0.0.1:${env.TEMPORAL_DEV_PORT}`,
      });
      try {
        const description = await new Client({ connection }).workflow
          .getHandle(cycle.body.workflowId)
          .describe();
        expect(description.status.name).toBe('RUNNING');
      } finally {
        await connection.close();
      }

      // Ending it signs its chain at once, on the embedded database too.
      const cancelled = await http().post(
        `/v1/cycles/${cycle.body.id}/cancel`,
        { reason: 'Merged with another service' },
        { as: users.manager },
      );
      expect(cancelled.status).toBe(200);
      const bundle = await http().get(`/v1/cycles/${cycle.body.id}/history/bundle`, {
        as: users.auditor,
      });
      const keys = await http().get('/v1/audit/keys', { as: users.auditor });
      expect(verifyOffline(bundle.body, keys.body)).toEqual({
        status: 0,
        output: expect.stringContaining('valid: 2 events, signed through seq 2 of 2'),
      });
    } finally {
      expect(await interrupt(second)).toBe(0);
    }
  });
});
