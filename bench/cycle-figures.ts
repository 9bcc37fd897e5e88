import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import type { Client as PgClient } from 'pg';
import { DataSource } from 'typeorm';
import {
  decideUpdate,
  DEFAULT_CYCLE_POLICY,
  GateDecision,
  IMPROVEMENT_CYCLE_WORKFLOW,
  Role,
  cycleWorkflowId,
} from '@app/domain';
import { appendAuditEvent, cycleChain, dataSourceOptions } from '@app/persistence';
import type { BenchStack } from './bench-stack';
import { load } from './load';
import type { Comparison } from './measure';
import { compare, measure } from './measure';

const improver = [Role.Improver];
const manager = [Role.Manager];

/** The fields of an answer the figures read. */
interface Answer {
  id: string;
  stage: string;
}

async function api(
  stack: BenchStack,
  method: string,
  path: string,
  roles: string[],
  body?: unknown,
): Promise<Answer> {
  const response = await fetch(`${stack.baseUrl}${path}`, {
    method,
    headers: stack.headers(roles),
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (response.status >= 300) {
    throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
  }
  return (await response.json()) as Answer;
}

/**
 * Reads an answer whole, as bytes: the time until a client holds it. Parsing the JSON after that
 * is the client's work, the same for any server of the same answer, so it is not counted.
 */
async function download(stack: BenchStack, path: string, roles: string[]): Promise<number> {
  const response = await fetch(`${stack.baseUrl}${path}`, { headers: stack.headers(roles) });
  if (response.status !== 200) {
    throw new Error(`GET ${path} answered ${response.status}: ${await response.text()}`);
  }
  return (await response.arrayBuffer()).byteLength;
}

/** Services for cycles to start on: one active cycle per service. */
async function makeServices(db: PgClient, count: number): Promise<string[]> {
  const tag = randomUUID().slice(0, 8);
  const rows = await db.query<{ id: string }>(
    `WITH b AS (INSERT INTO areas (name, kind) VALUES ('bench back ${tag}', 'back') RETURNING id),
          f AS (INSERT INTO areas (name, kind) VALUES ('bench front ${tag}', 'front') RETURNING id),
          s AS (INSERT INTO services (name, provider_area_id) SELECT 'bench ${tag} ' || n, b.id FROM b, generate_series(1, $1::int) n RETURNING id),
          c AS (INSERT INTO service_consumers (service_id, area_id) SELECT s.id, f.id FROM s, f RETURNING service_id)
     SELECT service_id AS id FROM c`,
    [count],
  );
  return rows.rows.map((row) => row.id);
}

/** Figure 1: starting cycles through the API against starting the workflow with the raw client. */
export async function startFigure(
  stack: BenchStack,
  db: PgClient,
  count = 200,
  concurrency = 8,
): Promise<Comparison> {
  const services = await makeServices(db, count * 2);
  const product = await load('POST /v1/cycles', count, concurrency, (i) =>
    api(stack, 'POST', '/v1/cycles', improver, { serviceId: services[i] }),
  );
  const baseline = await load('raw Temporal workflow start', count, concurrency, (i) => {
    const cycleId = randomUUID();
    return stack.temporal.workflow.start(IMPROVEMENT_CYCLE_WORKFLOW, {
      workflowId: cycleWorkflowId(cycleId),
      taskQueue: stack.taskQueue,
      args: [
        {
          cycleId,
          serviceId: services[count + i],
          policy: DEFAULT_CYCLE_POLICY,
          startedBy: { id: 'bench', roles: improver },
          requestedAt: new Date().toISOString(),
        },
      ],
    });
  });
  return {
    ...compare(
      `cycle starts, ${concurrency} clients (per second: ${product.perSecond} vs ${baseline.perSecond})`,
      product,
      baseline,
    ),
  };
}

async function awaitingApproval(stack: BenchStack, db: PgClient, count: number): Promise<string[]> {
  const services = await makeServices(db, count);
  const ids: string[] = [];
  for (const serviceId of services) {
    const { id } = await api(stack, 'POST', '/v1/cycles', improver, { serviceId });
    await api(stack, 'PUT', `/v1/cycles/${id}/gap`, improver, {
      statement: 'Slow',
      currentValue: 9,
      targetValue: 2,
      evidence: 'Survey',
    });
    await api(stack, 'POST', `/v1/cycles/${id}/submit`, improver, {});
    ids.push(id);
  }
  return ids;
}

/** Figure 2: a decision until the API shows the new stage, against a raw Temporal Update. */
export async function decisionFigure(
  stack: BenchStack,
  db: PgClient,
  count = 50,
): Promise<Comparison> {
  const viaApi = await awaitingApproval(stack, db, count);
  const viaUpdate = await awaitingApproval(stack, db, count);
  let a = 0;
  let b = 0;
  const product = await measure(
    'decision until GET shows the stage',
    async () => {
      const id = viaApi[a++];
      await api(stack, 'POST', `/v1/cycles/${id}/decisions`, manager, { decision: 'approve' });
      const cycle = await api(stack, 'GET', `/v1/cycles/${id}`, manager);
      if (cycle.stage !== 'root_cause_analysis') {
        throw new Error(`stage is ${cycle.stage}`);
      }
    },
    count,
    0,
  );
  const baseline = await measure(
    'raw Temporal Update',
    () =>
      stack.temporal.workflow
        .getHandle(cycleWorkflowId(viaUpdate[b++] ?? ''))
        .executeUpdate(decideUpdate, {
          args: [
            {
              actor: { id: 'bench-manager', roles: manager },
              body: { decision: GateDecision.Approve, reason: null },
            },
          ],
        }),
    count,
    0,
  );
  return compare('decision latency', product, baseline);
}

/** Figure 3: a 1,000-event history and its verification against the rows read with raw pg. */
export async function historyFigures(
  stack: BenchStack,
  db: PgClient,
  events = 1_000,
): Promise<Comparison[]> {
  const [serviceId] = await makeServices(db, 1);
  const { id } = await api(stack, 'POST', '/v1/cycles', improver, { serviceId });
  const dataSource = await new DataSource(
    dataSourceOptions({ url: stack.databaseUrl, poolSize: 2 }),
  ).initialize();
  for (let n = 2; n <= events; n += 1) {
    await dataSource.transaction((manager) =>
      appendAuditEvent(manager, cycleChain(id), {
        eventKey: `bench:${id}:${n}`,
        cycleId: id,
        occurredAt: new Date().toISOString(),
        actor: { id: 'bench', roles: improver },
        action: 'initiative_progress_reported',
        stage: 'execution_monitoring',
        data: { n, note: 'x'.repeat(100) },
        requestId: null,
      }),
    );
  }
  await dataSource.destroy();
  const raw = () =>
    db.query('SELECT * FROM audit_events WHERE chain = $1 ORDER BY seq', [cycleChain(id)]);
  const rawRows = await measure('1,000 rows with raw pg', raw);
  return [
    compare(
      'history of 1,000 events',
      await measure('GET /history', () => download(stack, `/v1/cycles/${id}/history`, manager)),
      rawRows,
    ),
    compare(
      'verify 1,000 events',
      await measure('GET /history/verify', () =>
        download(stack, `/v1/cycles/${id}/history/verify`, [Role.Auditor]),
      ),
      rawRows,
    ),
  ];
}

/** Figure 4: reads under 32 concurrent clients, against a bare HTTP server answering from pg. */
export async function readFigures(
  stack: BenchStack,
  db: PgClient,
  total = 2_000,
  concurrency = 32,
): Promise<Comparison[]> {
  // Run alone (BENCH_FIGURES=4), no earlier figure has started the 51 cycles a page lists.
  const missing = await db.query<{ n: number }>(
    `SELECT greatest(0, 51 - count(*))::int AS n FROM cycles WHERE stage = 'gap_identification'`,
  );
  for (const serviceId of await makeServices(db, missing.rows[0]?.n ?? 0)) {
    await api(stack, 'POST', '/v1/cycles', improver, { serviceId });
  }
  const pool = new Pool({ connectionString: stack.databaseUrl, max: 10 });
  const bare = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://bare');
    const query = url.pathname.startsWith('/cycle/')
      ? pool.query('SELECT detail FROM cycles WHERE id = $1', [
          url.pathname.slice('/cycle/'.length),
        ])
      : pool.query('SELECT detail FROM cycles WHERE stage = $1 ORDER BY created_at, id LIMIT 51', [
          url.searchParams.get('stage'),
        ]);
    query.then(
      (result) => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify(result.rows));
      },
      () => {
        response.writeHead(500);
        response.end();
      },
    );
  });
  try {
    await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
    const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}`;
    const [{ id }] = (await pool.query<{ id: string }>('SELECT id FROM cycles LIMIT 1')).rows as [
      { id: string },
    ];
    const get = (url: string, headers?: Record<string, string>) => async () => {
      const response = await fetch(url, { headers });
      await response.arrayBuffer();
    };
    const headers = stack.headers(manager);
    const results: Comparison[] = [];
    for (const [figure, productUrl, bareUrlFor] of [
      ['GET /v1/cycles/:id', `${stack.baseUrl}/v1/cycles/${id}`, `${bareUrl}/cycle/${id}`],
      [
        'GET /v1/cycles?stage=',
        `${stack.baseUrl}/v1/cycles?stage=gap_identification&limit=50`,
        `${bareUrl}/list?stage=gap_identification`,
      ],
    ] as const) {
      const product = await load(
        `${figure} x${concurrency}`,
        total,
        concurrency,
        get(productUrl, headers),
      );
      const baseline = await load(
        `bare pg server x${concurrency}`,
        total,
        concurrency,
        get(bareUrlFor),
      );
      results.push(
        compare(
          `${figure}, ${concurrency} clients (per second: ${product.perSecond} vs ${baseline.perSecond})`,
          product,
          baseline,
        ),
      );
    }
    return results;
  } finally {
    // Ended before the scratch database is dropped, which would end its connections with an error.
    bare.close();
    await pool.end();
  }
}
