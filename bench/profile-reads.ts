/**
 * Profiles figure 4a (GET /v1/cycles/:id under 32 clients): run with
 *   node --cpu-prof --cpu-prof-dir=bench/results -r ts-node/register/transpile-only -r tsconfig-paths/register bench/profile-reads.ts
 * then summarize with bench/summarize-profile.ts.
 */
import 'reflect-metadata';
import { startBenchStack } from './bench-stack';
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
    await load('GET /v1/cycles/:id x32', 4_000, 32, async () => {
      const response = await fetch(`${stack.baseUrl}/v1/cycles/${cycle.id}`, { headers: reader });
      await response.arrayBuffer();
    });
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
