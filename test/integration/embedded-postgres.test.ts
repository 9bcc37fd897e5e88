import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { findFreePort, projectRoot, waitUntil } from '@app/local-stack';

/** Resolves once a TCP connection to host:port opens; rejects with the socket error otherwise. */
function reach(host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host, port, timeout: 2_000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve();
    });
    socket.once('timeout', () => {
      socket.destroy();
      reject(new Error('timed out'));
    });
    socket.once('error', reject);
  });
}

// PGlite loads its WebAssembly with a dynamic import, which jest's sandbox refuses: run it as
// the launcher does, in a process of its own.
const SERVE = `
  const { startEmbeddedPostgres } = require('./apps/launcher/src/embedded-postgres');
  startEmbeddedPostgres({ dataDir: process.argv[1], port: Number(process.argv[2]) }).then((pg) => {
    process.stdout.write(JSON.stringify({ address: pg.address, url: pg.url }) + '\\n');
    process.stdin.on('end', () => pg.stop().then(() => process.exit(0)));
    process.stdin.resume();
  });
`;

describe("npm start's embedded PostgreSQL (PGlite)", () => {
  let child: ChildProcess | undefined;
  const dir = mkdtempSync(join(tmpdir(), 'cycles-pglite-'));
  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child?.once('exit', resolve));
      child.stdin?.end();
      const timer = setTimeout(() => child?.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('listens on loopback only: one superuser and no password, so nobody else may reach it', async () => {
    const port = await findFreePort();
    let output = '';
    child = spawn(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', '-e', SERVE, join(dir, 'pglite'), String(port)],
      { cwd: projectRoot(), stdio: ['pipe', 'pipe', 'inherit'] },
    );
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await waitUntil('PGlite to listen', () => Promise.resolve(output.includes('\n')), {
      timeoutMs: 60_000,
      intervalMs: 100,
    });
    const embedded = JSON.parse(output) as { address: string; url: string };
    expect(embedded.address).toBe(`127.0.0.1:${port}`);
    const client = new Client({ connectionString: embedded.url });
    await client.connect();
    expect((await client.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
    await client.end();

    // Each address this machine has on a network refuses the port.
    const external = Object.values(networkInterfaces())
      .flat()
      .flatMap((entry) => (entry && !entry.internal ? [entry.address] : []))
      .filter((address) => !address.startsWith('fe80'));
    for (const address of external) {
      await expect(reach(address, port)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    }
  });
});
