/**
 * `npm run bench`: each figure measured side by side with its baseline in one run, written to
 * bench/results/latest.{json,md}. PostgreSQL: a scratch database on BENCH_DATABASE_URL's server
 * (default: the local one); Temporal: a dev server of its own (or BENCH_TEMPORAL_ADDRESS).
 * BENCH_FIGURES=3 runs figure 3 alone (a list: 1,3,catalog) into bench/results/figures-3.{json,md};
 * the others are named catalog, audit, inbox and csv.
 */
import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { PRIORITY_INPUTS_SQL, SERVICE_MATRIX_SQL } from '@app/persistence';
import type { BenchStack } from './bench-stack';
import { startBenchStack } from './bench-stack';
import type { WorkerFigure } from './worker-resources';
import { resourcesTable, workerResources } from './worker-resources';
import { sqlitePragmaFigure } from './sqlite-figure';
import { decisionFigure, historyFigures, readFigures, startFigure } from './cycle-figures';
import type { Comparison } from './measure';
import { compare, markdownTable, measure } from './measure';
import { auditVerifyFigure } from './audit-figure';
import { inboxFigure } from './inbox-figure';
import { asOfFigure } from './as-of-figure';
import type { ConsoleFigure } from './console-figure';
import { consoleFigures } from './console-figure';
import type { CsvImportFigure } from './csv-import-figure';
import { csvImportFigure } from './csv-import-figure';
import type { NotificationsFigure } from './notifications-figure';
import { notificationsFigure, notificationsTable } from './notifications-figure';
import { CATALOG_SIZE, populateCatalog } from './populate-catalog';

const SERVER = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const say = (line: string) => process.stdout.write(`[bench] ${line}\n`);
/** BENCH_FIGURES=3 (or 1,3,catalog) runs only those figures; unset runs them all. */
const only = process.env.BENCH_FIGURES?.split(',').map((figure) => figure.trim());
const wanted = (figure: string) => !only || only.includes(figure);

/** The catalog reads at CATALOG_SIZE, against their SQL run with bare pg. */
async function catalogFigures(stack: BenchStack, db: Client): Promise<Comparison[]> {
  say(`catalog: populating ${JSON.stringify(CATALOG_SIZE)}`);
  await populateCatalog(db);
  const get = (path: string) => async () => {
    const response = await fetch(`${stack.baseUrl}${path}`, {
      headers: stack.headers(['auditor']),
    });
    if (!response.ok) {
      throw new Error(`${path} answered ${response.status}`);
    }
    return response.json();
  };
  return [
    compare(
      'GET /v1/priorities (500+ services, 50k responses)',
      await measure('priorities over HTTP', get('/v1/priorities')),
      await measure('priorities SQL with pg', () =>
        db.query(PRIORITY_INPUTS_SQL, [null, null, false]),
      ),
    ),
    compare(
      'GET /v1/service-matrix (1,500+ cells, 50k responses)',
      await measure('service matrix over HTTP', get('/v1/service-matrix')),
      await measure('service matrix SQL with pg', () => db.query(SERVICE_MATRIX_SQL, [false])),
    ),
  ];
}

async function main(): Promise<void> {
  say('starting the stack (scratch database, Temporal dev server, worker, API)');
  const stack = await startBenchStack(SERVER);
  const db = new Client({ connectionString: stack.databaseUrl });
  const comparisons: Comparison[] = [];
  try {
    await db.connect();
    let consoleFigure: ConsoleFigure | undefined;
    // First, on an empty database: the matrix and the Cycles page show only their own rows.
    if (wanted('console')) {
      say('console: first load, Cycles page and Service matrix in Chromium');
      consoleFigure = await consoleFigures(stack, db);
      comparisons.push(...consoleFigure.comparisons);
      say(
        `console: ${consoleFigure.firstPageScriptKiB} KiB of compressed JavaScript in ${consoleFigure.firstPageScripts} files for the Inbox`,
      );
    }
    if (wanted('1')) {
      say('figure 1: cycle starts');
      comparisons.push(await startFigure(stack, db));
    }
    if (wanted('2')) {
      say('figure 2: decisions');
      comparisons.push(await decisionFigure(stack, db));
    }
    if (wanted('3')) {
      say('figure 3: a 1,000-event history');
      comparisons.push(...(await historyFigures(stack, db)));
    }
    if (wanted('4')) {
      say('figure 4: reads under 32 concurrent clients');
      comparisons.push(...(await readFigures(stack, db)));
    }

    let resources: WorkerFigure | undefined;
    if (wanted('5')) {
      say('figure 5: worker memory and CPU with open cycles waiting on timers');
      resources = await workerResources(stack.temporal, {
        databaseUrl: stack.databaseUrl,
        temporalAddress: stack.temporalAddress,
      });
    }

    if (wanted('6')) {
      say('figure 6: the dev server SQLite journal');
      comparisons.push(await sqlitePragmaFigure());
    }

    if (wanted('catalog')) {
      comparisons.push(...(await catalogFigures(stack, db)));
    }
    let audit: Awaited<ReturnType<typeof auditVerifyFigure>> | undefined;
    if (wanted('audit')) {
      audit = await auditVerifyFigure(stack.databaseUrl, db, say);
      comparisons.push(audit);
      say(
        `audit: peak RSS +${audit.peakRssMiB} MiB over ${audit.bytes.toLocaleString('en')} hashed bytes`,
      );
    }
    if (wanted('inbox')) {
      say('inbox: the waits each decider may decide, among 10,000');
      comparisons.push(await inboxFigure(stack, db));
    }
    let csvImport: CsvImportFigure | undefined;
    if (wanted('csv')) {
      csvImport = await csvImportFigure(stack, db, say);
      comparisons.push(csvImport);
      say(
        `csv: ${csvImport.rowsPerSecond.toLocaleString('en')} rows/s against COPY's ${csvImport.copyRowsPerSecond.toLocaleString('en')}; peak RSS +${csvImport.peakRssMiB} MiB, live +${csvImport.peakLiveMiB} MiB; single writes meanwhile: median ${csvImport.concurrentWrites.medianMs} ms, max ${csvImport.concurrentWrites.maxMs} ms`,
      );
    }
    if (wanted('asof')) {
      say('as of a date: a service rebuilt from its change events among 100,000 catalog events');
      comparisons.push(await asOfFigure(stack, db));
    }
    let notifications: NotificationsFigure | undefined;
    if (wanted('notifications')) {
      say('notifications: webhooks delivered to a local receiver');
      notifications = await notificationsFigure(stack, db, say);
      comparisons.push(...notifications.comparisons);
    }

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
      workerResources: resources ?? null,
      auditVerifyPeakRssMiB: audit?.peakRssMiB ?? null,
      csvImport: csvImport ?? null,
      notifications: notifications
        ? { live: notifications.live, drainedFirstMs: notifications.firstMs }
        : null,
      console: consoleFigure
        ? {
            firstPageScriptKiB: consoleFigure.firstPageScriptKiB,
            firstPageScripts: consoleFigure.firstPageScripts,
          }
        : null,
    };
    const dir = join(__dirname, 'results');
    mkdirSync(dir, { recursive: true });
    // A partial run does not overwrite the full one.
    const name = only ? `figures-${only.join('-')}` : 'latest';
    writeFileSync(join(dir, `${name}.json`), JSON.stringify(result, null, 2));
    const table = [
      markdownTable(comparisons),
      ...(resources ? [resourcesTable(resources)] : []),
      ...(notifications ? [notificationsTable(notifications)] : []),
    ].join('\n\n');
    writeFileSync(
      join(dir, `${name}.md`),
      `# Benchmark ${result.ranAt}\n\n${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${process.version}\n\n${table}\n`,
    );
    process.stdout.write(`\n${table}\n\n`);
    say(`written to ${dir}/${name}.json and ${name}.md`);
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
