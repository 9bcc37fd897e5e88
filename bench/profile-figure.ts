/**
 * Profiles a bench figure in one process (API and worker together): reads (4a), history (3) or
 * starts (1). Run with
 *   node --cpu-prof --cpu-prof-dir=bench/results -r ts-node/register/transpile-only -r tsconfig-paths/register bench/profile-figure.ts <scenario>
 * then summarize with bench/summarize-profile.ts.
 */
import 'reflect-metadata';
import { Client } from 'pg';
import { startBenchStack } from './bench-stack';
import { historyFigures, startFigure } from './cycle-figures';
import { load } from './load';

const SERVER = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function main(): Promise<void> {
  const stack = await startBenchStack(SERVER);
  try {
    const headers = stack.headers(['improver']);
    const services = await fetch(`${stack.baseUrl}/v1/areas`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ name: 'p back', kind: 'back' }),
    });
    const back = (await services.json()) as { id: string };
    const front = (await (
      await fetch(`${stack.baseUrl}/v1/areas`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ name: 'p front', kind: 'front' }),
      })
    ).json()) as { id: string };
    const service = (await (
      await fetch(`${stack.baseUrl}/v1/services`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ name: 'p', providerAreaId: back.id, consumerAreaIds: [front.id] }),
      })
    ).json()) as { id: string };
    const cycle = (await (
      await fetch(`${stack.baseUrl}/v1/cycles`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ serviceId: service.id }),
      })
    ).json()) as { id: string };
    const reader = stack.headers(['manager']);
    const scenario = process.argv[2] ?? 'reads';
    if (scenario === 'reads') {
      await load('GET /v1/cycles/:id x32', 4_000, 32, async () => {
        const response = await fetch(`${stack.baseUrl}/v1/cycles/${cycle.id}`, { headers: reader });
        await response.arrayBuffer();
      });
    } else if (scenario === 'history') {
      const db = new Client({ connectionString: stack.databaseUrl });
      await db.connect();
      await historyFigures(stack, db);
      await db.end();
    } else {
      const db = new Client({ connectionString: stack.databaseUrl });
      await db.connect();
      await startFigure(stack, db, 300, 8);
      await db.end();
    }
  } finally {
    await stack.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exit(1);
  },
);
