/**
 * `npm run bench`: each figure measured side by side with its baseline in one run, written to
 * bench/results/latest.{json,md}. Uses the PostgreSQL server of BENCH_DATABASE_URL (default: the
 * local one) with a scratch database of its own.
 */
import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { sign } from 'jsonwebtoken';
import { Client } from 'pg';
import { createScratchDatabase } from '@app/local-stack';
import { migrateDatabase, PRIORITY_INPUTS_SQL, SERVICE_MATRIX_SQL } from '@app/persistence';
import { createApiApp } from '../apps/api/src/create-api-app';
import { ApiSettings } from '../apps/api/src/platform/api-settings';
import type { Comparison } from './measure';
import { compare, markdownTable, measure } from './measure';
import { CATALOG_SIZE, seedCatalog } from './seed-catalog';

const SERVER = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const say = (line: string) => process.stdout.write(`[bench] ${line}\n`);

async function main(): Promise<void> {
  say(`scratch database on ${new URL(SERVER).host}`);
  const database = await createScratchDatabase(SERVER, 'cycles_bench');
  const db = new Client({ connectionString: database.url });
  try {
    await migrateDatabase(database.url);
    await db.connect();
    say(`seeding ${JSON.stringify(CATALOG_SIZE)}`);
    await seedCatalog(db);

    const secret = 'bench-secret-bench-secret-bench-secret';
    const app = await createApiApp(
      new ApiSettings({
        databaseUrl: database.url,
        databasePoolSize: 10,
        temporalAddress: '127.0.0.1:1',
        temporalNamespace: 'default',
        taskQueue: 'bench',
        jwtSecret: secret,
        bodyLimit: 1024 * 1024,
        rateLimitPerMinute: 1_000_000,
      }),
      false,
    );
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address() as { port: number };
    const headers = {
      authorization: `Bearer ${sign({ sub: 'bench', roles: ['auditor'] }, secret)}`,
    };
    const get = (path: string) => async () => {
      const response = await fetch(`http://127.0.0.1:${port}${path}`, { headers });
      if (!response.ok) {
        throw new Error(`${path} answered ${response.status}`);
      }
      return response.json();
    };

    const comparisons: Comparison[] = [];
    comparisons.push(
      compare(
        'GET /v1/priorities (500 services, 50k responses)',
        await measure('priorities over HTTP', get('/v1/priorities')),
        await measure('priorities SQL with pg', () => db.query(PRIORITY_INPUTS_SQL, [null, null])),
      ),
    );
    comparisons.push(
      compare(
        'GET /v1/service-matrix (1,500 cells, 50k responses)',
        await measure('service matrix over HTTP', get('/v1/service-matrix')),
        await measure('service matrix SQL with pg', () => db.query(SERVICE_MATRIX_SQL)),
      ),
    );
    await app.close();

    const machine = {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      memoryGiB: Math.round(totalmem() / 2 ** 30),
    };
    const result = {
      ranAt: new Date().toISOString(),
      machine,
      node: process.version,
      catalog: CATALOG_SIZE,
      comparisons,
    };
    const dir = join(__dirname, 'results');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'latest.json'), JSON.stringify(result, null, 2));
    const table = markdownTable(comparisons);
    writeFileSync(
      join(dir, 'latest.md'),
      `# Benchmark ${result.ranAt}\n\n${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${process.version}\n\n${table}\n`,
    );
    process.stdout.write(`\n${table}\n\n`);
    say(`written to ${dir}/latest.json and latest.md`);
  } finally {
    await db.end().catch(() => undefined);
    await database.drop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
