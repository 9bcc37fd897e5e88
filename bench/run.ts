/**
 * `npm run bench`: each figure measured side by side with its baseline in one run, written to
 * bench/results/latest.{json,md}. PostgreSQL: a scratch database on BENCH_DATABASE_URL's server
 * (default: the local one); Temporal: a dev server of its own (or BENCH_TEMPORAL_ADDRESS).
 */
import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { PRIORITY_INPUTS_SQL, SERVICE_MATRIX_SQL } from '@app/persistence';
import { startBenchStack } from './bench-stack';
import { resourcesTable, workerResources } from './worker-resources';
import { sqlitePragmaFigure } from './sqlite-figure';
import { decisionFigure, historyFigures, readFigures, startFigure } from './cycle-figures';
import type { Comparison } from './measure';
import { compare, markdownTable, measure } from './measure';
import { CATALOG_SIZE, seedCatalog } from './seed-catalog';

const SERVER = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const say = (line: string) => process.stdout.write(`[bench] ${line}\n`);

async function main(): Promise<void> {
  say('starting the stack (scratch database, Temporal dev server, worker, API)');
  const stack = await startBenchStack(SERVER);
  const db = new Client({ connectionString: stack.databaseUrl });
  const comparisons: Comparison[] = [];
  try {
    await db.connect();
    say('figure 1: cycle starts');
    comparisons.push(await startFigure(stack, db));
    say('figure 2: decisions');
    comparisons.push(await decisionFigure(stack, db));
    say('figure 3: a 1,000-event history');
    comparisons.push(...(await historyFigures(stack, db)));
    say('figure 4: reads under 32 concurrent clients');
    comparisons.push(...(await readFigures(stack)));

    say('figure 5: worker memory and CPU with open cycles waiting on timers');
    const resources = await workerResources(stack.temporal, {
      databaseUrl: stack.databaseUrl,
      temporalAddress: stack.temporalAddress,
    });

    say('figure 6: the dev server SQLite journal');
    comparisons.push(await sqlitePragmaFigure());

    say(`catalog: seeding ${JSON.stringify(CATALOG_SIZE)}`);
    await seedCatalog(db);
    const get = (path: string) => async () => {
      const response = await fetch(`${stack.baseUrl}${path}`, {
        headers: stack.headers(['auditor']),
      });
      if (!response.ok) {
        throw new Error(`${path} answered ${response.status}`);
      }
      return response.json();
    };
    comparisons.push(
      compare(
        'GET /v1/priorities (500+ services, 50k responses)',
        await measure('priorities over HTTP', get('/v1/priorities')),
        await measure('priorities SQL with pg', () => db.query(PRIORITY_INPUTS_SQL, [null, null])),
      ),
      compare(
        'GET /v1/service-matrix (1,500+ cells, 50k responses)',
        await measure('service matrix over HTTP', get('/v1/service-matrix')),
        await measure('service matrix SQL with pg', () => db.query(SERVICE_MATRIX_SQL)),
      ),
    );

    const machine = {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      memoryGiB: Math.round(totalmem() / 2 ** 30),
    };
    const result = {
      ranAt: new Date().toISOString(),
      machine,
      node: process.version,
      comparisons,
      workerResources: resources,
    };
    const dir = join(__dirname, 'results');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'latest.json'), JSON.stringify(result, null, 2));
    const table = `${markdownTable(comparisons)}\n\n${resourcesTable(resources)}`;
    writeFileSync(
      join(dir, 'latest.md'),
      `# Benchmark ${result.ranAt}\n\n${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${process.version}\n\n${table}\n`,
    );
    process.stdout.write(`\n${table}\n\n`);
    say(`written to ${dir}/latest.json and latest.md`);
  } finally {
    await db.end().catch(() => undefined);
    await stack.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
