import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { Connection } from '@temporalio/client';
import { findFreePort } from './free-port';
import { waitUntil } from './wait-until';

export interface TemporalDevServerOptions {
  cliPath: string;
  /** SQLite file that keeps workflows across restarts; in memory when omitted. */
  dbFile?: string;
  /** Extra `--sqlite-pragma name=value` settings, e.g. `journal_mode=wal`. */
  sqlitePragmas?: string[];
  ip?: string;
  /** Frontend gRPC port; a free one when omitted. */
  port?: number;
  /** Web UI port; the UI is off when omitted. */
  uiPort?: number;
  namespace?: string;
  /** Custom search attributes, name to type (`Keyword`, `Text`, `Int`, ...). */
  searchAttributes?: Record<string, string>;
  /** Dev-server log lines go here; discarded when omitted. */
  logFile?: string;
  startTimeoutMs?: number;
}

export interface TemporalDevServer {
  address: string;
  namespace: string;
  uiUrl?: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** Starts `temporal server start-dev` and resolves once its namespace answers. */
export async function startTemporalDevServer(
  options: TemporalDevServerOptions,
): Promise<TemporalDevServer> {
  const ip = options.ip ?? '127.0.0.1';
  const port = options.port ?? (await findFreePort());
  const namespace = options.namespace ?? 'default';
  const args = [
    'server',
    'start-dev',
    '--ip',
    ip,
    '--port',
    String(port),
    '--namespace',
    namespace,
  ];
  args.push('--log-format', 'json', '--log-level', 'warn');
  if (options.uiPort !== undefined) {
    args.push('--ui-port', String(options.uiPort), '--ui-ip', ip);
  } else {
    args.push('--headless');
  }
  if (options.dbFile) {
    args.push('--db-filename', options.dbFile);
  }
  for (const pragma of options.sqlitePragmas ?? []) {
    args.push('--sqlite-pragma', pragma);
  }
  for (const [name, type] of Object.entries(options.searchAttributes ?? {})) {
    args.push('--search-attribute', `${name}=${type}`);
  }

  const child = spawn(options.cliPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const log = options.logFile ? createWriteStream(options.logFile, { flags: 'a' }) : undefined;
  child.stdout?.on('data', (chunk: Buffer) => log?.write(chunk));
  child.stderr?.on('data', (chunk: Buffer) => log?.write(chunk));
  let exited: string | undefined;
  child.once('exit', (code, signal) => {
    exited = `exited with ${signal ?? code}`;
  });

  const address = `${ip}:${port}`;
  try {
    await waitUntil(
      `the Temporal dev server at ${address}`,
      async () => {
        if (exited) {
          throw new Error(
            `temporal server ${exited}${options.logFile ? `; see ${options.logFile}` : ''}`,
          );
        }
        const connection = await Connection.connect({ address, connectTimeout: 1_000 });
        try {
          await connection.workflowService.describeNamespace({ namespace });
          return true;
        } finally {
          await connection.close();
        }
      },
      { timeoutMs: options.startTimeoutMs ?? 60_000, intervalMs: 200 },
    );
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }

  return {
    address,
    namespace,
    uiUrl: options.uiPort !== undefined ? `http://${ip}:${options.uiPort}` : undefined,
    process: child,
    stop: () => stopChild(child, log),
  };
}

async function stopChild(child: ChildProcess, log?: NodeJS.WritableStream): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }
  log?.end();
}
