import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { hs256Secret, loadConfig, projectRoot } from '@app/config';
import type { TemporalDevServer } from '@app/local-stack';
import { findTemporalCli, startTemporalDevServer, waitUntil } from '@app/local-stack';
import { migrateDatabase } from '@app/persistence';
import { ChildApp } from './child-app';
import type { EmbeddedPostgres } from './embedded-postgres';
import { startEmbeddedPostgres } from './embedded-postgres';

/**
 * `npm start`: the whole product on one machine. Uses DATABASE_URL and TEMPORAL_ADDRESS when set;
 * otherwise runs an embedded PostgreSQL and a Temporal dev server, both keeping state in DATA_DIR.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const dataDir = resolve(config.DATA_DIR);
  mkdirSync(dataDir, { recursive: true });
  const say = (line: string) => process.stdout.write(`[launcher] ${line}\n`);
  const cleanups: (() => Promise<void>)[] = [];
  const apps: ChildApp[] = [];

  let shuttingDown = false;
  const shutdown = async (code: number) => {
    if (shuttingDown) {
      return;
    }
    shuttingDown = true;
    say('stopping...');
    await Promise.all(apps.map((app) => app.stop()));
    for (const cleanup of cleanups.reverse()) {
      await cleanup().catch((error: unknown) => say(`cleanup failed: ${String(error)}`));
    }
    say('stopped');
    process.exit(code);
  };
  process.once('SIGINT', () => void shutdown(0));
  process.once('SIGTERM', () => void shutdown(0));

  try {
    let databaseUrl = config.DATABASE_URL;
    if (!databaseUrl) {
      const embedded: EmbeddedPostgres = await startEmbeddedPostgres({
        dataDir: join(dataDir, 'pglite'),
        port: config.EMBEDDED_PG_PORT,
      });
      cleanups.push(() => embedded.stop());
      databaseUrl = embedded.url;
      say(
        `embedded PostgreSQL (PGlite) on ${embedded.address} (loopback only), files in ${join(dataDir, 'pglite')}`,
      );
    }
    const applied = await migrateDatabase(databaseUrl);
    if (applied.length) {
      say(`applied migrations: ${applied.join(', ')}`);
    }

    let temporalAddress = config.TEMPORAL_ADDRESS;
    let temporalUi: string | undefined;
    if (!temporalAddress) {
      const server: TemporalDevServer = await startTemporalDevServer({
        cliPath: findTemporalCli(config.TEMPORAL_CLI_PATH),
        dbFile: join(dataDir, 'temporal.db'),
        sqlitePragmas: config.TEMPORAL_SQLITE_PRAGMAS.split(','),
        port: config.TEMPORAL_DEV_PORT,
        uiPort: config.TEMPORAL_UI_PORT,
        namespace: config.TEMPORAL_NAMESPACE,
        logFile: join(dataDir, 'temporal.log'),
      });
      cleanups.push(() => server.stop());
      temporalAddress = server.address;
      temporalUi = server.uiUrl;
      say(`Temporal dev server at ${server.address}, state in ${join(dataDir, 'temporal.db')}`);
    }

    const jwt = hs256Secret(config, dataDir);
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: databaseUrl,
      TEMPORAL_ADDRESS: temporalAddress,
      ...(jwt ? { AUTH_JWT_SECRET: jwt.secret } : {}),
      DATA_DIR: dataDir,
    };
    const dist = join(projectRoot(), 'dist', 'apps');
    apps.push(
      new ChildApp('worker', join(dist, 'worker', 'src', 'main.js'), env),
      new ChildApp('api', join(dist, 'api', 'src', 'main.js'), env),
    );
    for (const app of apps) {
      app.start((code) => {
        say(`${app.name} exited unexpectedly (code ${code}); stopping everything`);
        void shutdown(1);
      });
    }

    const apiUrl = `http://localhost:${config.PORT}`;
    await waitUntil('the API to be ready', async () => (await fetch(`${apiUrl}/health/ready`)).ok, {
      timeoutMs: 120_000,
      intervalMs: 500,
    });
    say('ready');
    say(`  console      ${apiUrl}/app/`);
    if (config.AUTH_ISSUER) {
      say(`  sign in      through ${config.AUTH_ISSUER} (client ${config.AUTH_CONSOLE_CLIENT_ID})`);
    } else if (jwt) {
      say(
        `  sign in      paste a token from: npm run -s token -- --sub ana --roles improver,manager`,
      );
    }
    say(`  API          ${apiUrl}`);
    say(`  API docs     ${apiUrl}/docs  (OpenAPI: ${apiUrl}/docs-json)`);
    if (temporalUi) {
      say(`  Temporal UI  ${temporalUi}`);
    }
    if (jwt?.path) {
      say(`  JWT secret   ${jwt.path}`);
    }
    say('Ctrl-C stops everything.');
  } catch (error) {
    say(`failed to start: ${error instanceof Error ? error.message : String(error)}`);
    await shutdown(1);
  }
}

void main();
