import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Pool } from 'pg';
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

  let port: number;
  let embedded: { address: string; url: string };
  beforeAll(async () => {
    port = await findFreePort();
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
    embedded = JSON.parse(output) as { address: string; url: string };
  });

  it('listens on loopback only: one superuser and no password, so nobody else may reach it', async () => {
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

  it('answers each of many connections at once with its own rows, as the API and worker use it', async () => {
    // Two processes' pools, as `npm start` runs them, asking different parameterized queries,
    // some in transactions: each batch of protocol messages must run whole.
    const pools = [
      new Pool({ connectionString: embedded.url, max: 5 }),
      new Pool({ connectionString: embedded.url, max: 5 }),
    ];
    const [first, second] = pools as [Pool, Pool];
    await first.query('CREATE TABLE answers (id int PRIMARY KEY, label text)');
    await first.query("INSERT INTO answers SELECT n, 'label ' || n FROM generate_series(1, 500) n");
    const answer = async (i: number): Promise<string> => {
      const pool = i % 2 === 0 ? first : second;
      if (i % 3 === 0) {
        return (await pool.query('SELECT label FROM answers WHERE id = $1', [1 + (i % 500)]))
          .rows[0]?.label;
      }
      if (i % 3 === 1) {
        const counted = await pool.query(
          'SELECT count(*)::int AS n FROM answers WHERE id <= $1 AND label LIKE $2',
          [i % 500, 'label %'],
        );
        return `count ${counted.rows[0]?.n}`;
      }
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const joined = await client.query('SELECT $1::text || $2::text AS s', [`a${i}`, `b${i}`]);
        await client.query('COMMIT');
        return joined.rows[0]?.s;
      } finally {
        client.release();
      }
    };
    const expected = (i: number) =>
      [`label ${1 + (i % 500)}`, `count ${i % 500}`, `a${i}b${i}`][i % 3];
    try {
      const indexes = Array.from({ length: 600 }, (_, i) => i);
      const answers = await Promise.allSettled(indexes.map(answer));
      const wrong = answers.flatMap((settled, i) =>
        settled.status === 'fulfilled' && settled.value === expected(i)
          ? []
          : [settled.status === 'rejected' ? String(settled.reason) : `${i}: ${settled.value}`],
      );
      expect(wrong).toEqual([]);
    } finally {
      await Promise.all(pools.map((pool) => pool.end()));
    }
  });
});
