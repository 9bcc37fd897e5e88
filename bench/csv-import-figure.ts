import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Client } from 'pg';
import type { BenchStack } from './bench-stack';
import type { Comparison } from './measure';
import { summarize } from './measure';

/** Survey responses in the file: the issue's figure. */
export const CSV_IMPORT_ROWS = 100_000;
const SERVICES = 20;
const FRONT_AREAS = 10;
const CHUNK_ROWS = 2_000;

export interface CsvImportFigure extends Comparison {
  rows: number;
  bytes: number;
  rowsPerSecond: number;
  copyRowsPerSecond: number;
  /** The bench process (the API, an idle worker) above where it started; the client is curl. */
  peakRssMiB: number;
  /**
   * What the bench process holds (heap and buffers after a full GC, sampled every 500 ms) during a
   * second import of the same file, above where it started: what the import keeps, without the
   * garbage V8 lets pile up between collections.
   */
  peakLiveMiB: number;
  /** Single responses POSTed to another survey meanwhile, one after another: their times. */
  concurrentWrites: { count: number; medianMs: number; maxMs: number };
}

interface Fixture {
  services: string[];
  areas: string[];
}

/** Row `index` of the file: every service rated by every area, a comment on every fourth row. */
function row(fixture: Fixture, index: number): [string, string, number, string] {
  const service = fixture.services[index % SERVICES] ?? '';
  const area = fixture.areas[Math.floor(index / SERVICES) % FRONT_AREAS] ?? '';
  const comment = index % 4 === 0 ? `"Row ${index}: quick, and kind"` : '';
  return [service, area, (index % 5) + 1, comment];
}

/** The file, with each row prefixed by `prefix` and a column for it when given (for COPY). */
function* csvChunks(fixture: Fixture, prefix?: string): Generator<string> {
  yield `${prefix ? 'surveyId,' : ''}serviceId,respondentAreaId,score,comment\n`;
  for (let from = 0; from < CSV_IMPORT_ROWS; from += CHUNK_ROWS) {
    const lines: string[] = [];
    for (let index = from; index < Math.min(from + CHUNK_ROWS, CSV_IMPORT_ROWS); index += 1) {
      lines.push(`${prefix ? `${prefix},` : ''}${row(fixture, index).join(',')}`);
    }
    yield `${lines.join('\n')}\n`;
  }
}

/**
 * `POST /v1/surveys/:id/responses/import` of 100,000 responses (every row checked like a single
 * POST, written in one transaction, audited one event per row on the catalog chain) against
 * psql's `\copy … FROM` of the same rows (COPY FROM STDIN: no checks, no audit), one run each.
 * Both stream the rows from a file with a native client (curl, psql), so the bench process's
 * RSS is the API's (and an idle worker's), not a client's. Meanwhile single responses are
 * POSTed to another survey one after another: how long the import makes other catalog writes
 * wait (they queue on the chain's head while the import appends its events, at its end).
 */
export async function csvImportFigure(
  stack: BenchStack,
  db: Client,
  say: (line: string) => void,
): Promise<CsvImportFigure> {
  const fixture = await createFixture(stack);
  const imported = await createSurvey(stack, 'imported');
  const importedAgain = await createSurvey(stack, 'imported again, memory sampled');
  const single = await createSurvey(stack, 'written one at a time');
  const copied = await createSurvey(stack, 'copied');
  const dir = mkdtempSync(join(tmpdir(), 'csv-bench-'));
  try {
    const file = join(dir, 'responses.csv');
    const copyFile = join(dir, 'responses-with-survey.csv');
    await pipeline(Readable.from(csvChunks(fixture)), createWriteStream(file));
    await pipeline(Readable.from(csvChunks(fixture, copied)), createWriteStream(copyFile));

    say(`csv: importing ${CSV_IMPORT_ROWS.toLocaleString('en')} responses over HTTP (curl)`);
    const baselineRss = process.memoryUsage().rss;
    let peakRss = baselineRss;
    const sampler = setInterval(() => {
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }, 20);
    let importing = true;
    const writes = writeWhile(stack, single, fixture, () => importing);
    const upload = await curlImport(stack, imported, file);
    importing = false;
    clearInterval(sampler);
    const latencies = await writes;

    say('csv: the same file again, live memory sampled after full GCs');
    const peakLiveMiB = await liveMemoryDuring(() => curlImport(stack, importedAgain, file));

    say('csv: the same rows with psql \\copy (COPY FROM STDIN)');
    const copy = await timed('psql', [
      stack.databaseUrl,
      '-v',
      'ON_ERROR_STOP=1',
      '-qc',
      `\\copy survey_responses (survey_id, service_id, respondent_area_id, score, comment) FROM '${copyFile}' WITH (FORMAT csv, HEADER true)`,
    ]);
    const counted = await db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM survey_responses WHERE survey_id = $1',
      [copied],
    );
    if (counted.rows[0]?.n !== CSV_IMPORT_ROWS) {
      throw new Error(`COPY wrote ${counted.rows[0]?.n} rows`);
    }
    const one = (name: string, ms: number) => ({
      name,
      samples: 1,
      medianMs: Math.round(ms),
      p99Ms: Math.round(ms),
    });
    return {
      figure: `import ${CSV_IMPORT_ROWS.toLocaleString('en')} survey responses from CSV, one run`,
      product: one('POST …/responses/import, curl -T', upload.ms),
      baseline: one('psql \\copy (COPY FROM STDIN), same rows', copy.ms),
      ratio: Math.round((upload.ms / copy.ms) * 10) / 10,
      rows: CSV_IMPORT_ROWS,
      bytes: statSync(file).size,
      rowsPerSecond: Math.round(CSV_IMPORT_ROWS / (upload.ms / 1000)),
      copyRowsPerSecond: Math.round(CSV_IMPORT_ROWS / (copy.ms / 1000)),
      peakRssMiB: Math.round((peakRss - baselineRss) / 2 ** 20),
      peakLiveMiB,
      concurrentWrites: {
        count: latencies.length,
        medianMs: summarize('single responses during the import', latencies).medianMs,
        maxMs: Math.round(Math.max(0, ...latencies)),
      },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The file sent to the import route by curl; what the route answered checked. */
async function curlImport(
  stack: BenchStack,
  survey: string,
  file: string,
): Promise<{ ms: number; stdout: string }> {
  const { authorization } = stack.headers(['improver']);
  const upload = await timed('curl', [
    '-sS',
    '-X',
    'POST',
    // -T streams the file (--data-binary would read it whole first); no 100-continue pause.
    '-T',
    file,
    '-H',
    'content-type: text/csv',
    '-H',
    'expect:',
    '-H',
    `authorization: ${authorization ?? ''}`,
    '-w',
    '\n%{http_code}',
    `${stack.baseUrl}/v1/surveys/${survey}/responses/import`,
  ]);
  if (!upload.stdout.trim().endsWith('201') || !upload.stdout.includes(`${CSV_IMPORT_ROWS}`)) {
    throw new Error(`the import answered ${upload.stdout}`);
  }
  return upload;
}

/** The most this process holds after full collections while `run` runs, above before, in MiB. */
async function liveMemoryDuring(run: () => Promise<unknown>): Promise<number> {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const live = () => {
    gc();
    const { heapUsed, external } = process.memoryUsage();
    return heapUsed + external;
  };
  const before = live();
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, live());
  }, 500);
  try {
    await run();
  } finally {
    clearInterval(sampler);
  }
  return Math.round((peak - before) / 2 ** 20);
}

/** Runs a client to its end, without blocking this process (the API answers it). */
function timed(command: string, args: string[]): Promise<{ ms: number; stdout: string }> {
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', (error) => reject(new Error(`${command} could not run: ${error.message}`)));
    child.once('close', (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (code === 0) {
        resolve({ ms, stdout });
      } else {
        reject(new Error(`${command} exited with ${code}: ${stderr}`));
      }
    });
  });
}

async function post(stack: BenchStack, path: string, body: unknown): Promise<{ id: string }> {
  const response = await fetch(`${stack.baseUrl}${path}`, {
    method: 'POST',
    headers: stack.headers(['improver']),
    body: JSON.stringify(body),
  });
  if (response.status !== 201) {
    throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
  }
  return (await response.json()) as { id: string };
}

async function createFixture(stack: BenchStack): Promise<Fixture> {
  const provider = await post(stack, '/v1/areas', { name: 'csv bench provider', kind: 'back' });
  const areas: string[] = [];
  for (let index = 0; index < FRONT_AREAS; index += 1) {
    areas.push((await post(stack, '/v1/areas', { name: `csv bench ${index}`, kind: 'front' })).id);
  }
  const services: string[] = [];
  for (let index = 0; index < SERVICES; index += 1) {
    const created = await post(stack, '/v1/services', {
      name: `csv bench service ${index}`,
      providerAreaId: provider.id,
      consumerAreaIds: areas,
    });
    services.push(created.id);
  }
  return { services, areas };
}

async function createSurvey(stack: BenchStack, label: string): Promise<string> {
  const survey = await post(stack, '/v1/surveys', {
    name: `csv bench survey, ${label}`,
    periodStart: '2026-07-01',
    periodEnd: '2026-09-30',
    scaleMin: 1,
    scaleMax: 5,
  });
  return survey.id;
}

/** One single-row write after another while `running()`: each one's time, in milliseconds. */
async function writeWhile(
  stack: BenchStack,
  survey: string,
  fixture: Fixture,
  running: () => boolean,
): Promise<number[]> {
  const times: number[] = [];
  for (let index = 0; running(); index += 1) {
    const [serviceId, respondentAreaId, score] = row(fixture, index);
    const started = process.hrtime.bigint();
    await post(stack, `/v1/surveys/${survey}/responses`, { serviceId, respondentAreaId, score });
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return times;
}
