import type { Client } from 'pg';
import type { BenchStack } from './bench-stack';
import type { Comparison } from './measure';
import { compare, measure } from './measure';

/** Catalog events around the service read as of a date, and the service's own changes. */
export const AS_OF_FIGURE = { catalogEvents: 100_000, serviceChanges: 20 };

/**
 * `GET /v1/services/:id?asOf=` rebuilds the service from its answer now and the change events
 * after the date, found through the catalog-changes index among 100,000 catalog events; beside
 * the plain read of the same service.
 */
export async function asOfFigure(stack: BenchStack, db: Client): Promise<Comparison> {
  const { catalogEvents, serviceChanges } = AS_OF_FIGURE;
  const admin = stack.headers(['admin']);
  const post = async (path: string, body: unknown, method = 'POST') => {
    const response = await fetch(`${stack.baseUrl}${path}`, {
      method,
      headers: { ...admin, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok) {
      throw new Error(`${method} ${path} answered ${response.status}`);
    }
    return (await response.json()) as { id: string };
  };
  const back = await post('/v1/areas', { name: 'as-of provider', kind: 'back' });
  const front = await post('/v1/areas', { name: 'as-of consumer', kind: 'front' });
  const service = await post('/v1/services', {
    name: 'as-of service',
    providerAreaId: back.id,
    consumerAreaIds: [front.id],
  });
  let asOf = '';
  for (let change = 1; change <= serviceChanges; change += 1) {
    if (change === serviceChanges / 2) {
      asOf = new Date().toISOString();
    }
    await post(`/v1/services/${service.id}`, { description: `edit ${change}` }, 'PATCH');
  }
  await padCatalog(db, catalogEvents);
  const read = (query: string) => async () => {
    const response = await fetch(`${stack.baseUrl}/v1/services/${service.id}${query}`, {
      headers: admin,
    });
    if (!response.ok) {
      throw new Error(`GET /v1/services/:id${query} answered ${response.status}`);
    }
    await response.json();
  };
  return compare(
    `GET /v1/services/:id?asOf=, ${serviceChanges / 2} changes since, ${catalogEvents.toLocaleString('en')} catalog events`,
    await measure('the service as of a date', read(`?asOf=${encodeURIComponent(asOf)}`)),
    await measure('the service now', read('')),
  );
}

/**
 * Other entities' catalog events, as years of use leave them (changes of other services and
 * KPIs, measurements), written in bulk after the chain's head; the head moves past them so
 * later appends follow. Their hashes are not the chain's: this figure reads, never verifies.
 */
async function padCatalog(db: Client, events: number): Promise<void> {
  await db.query(
    `WITH head AS (SELECT head_seq FROM audit_chains WHERE chain = 'catalog')
     INSERT INTO audit_events (chain, seq, event_key, cycle_id, occurred_at, actor_id, actor_roles,
                               action, stage, data, prev_hash, hash)
     SELECT 'catalog', head.head_seq + n, 'as-of-bench#' || n, NULL, now(), 'loader', '["admin"]',
            (ARRAY['service_changed', 'kpi_changed', 'kpi_measurement_recorded'])[1 + n % 3], NULL,
            jsonb_build_object('id', gen_random_uuid(), 'version', 2,
                               'before', jsonb_build_object('name', 'before ' || n),
                               'after', jsonb_build_object('name', 'after ' || n)),
            repeat('0', 64), repeat('0', 64)
     FROM head, generate_series(1, $1::int) AS n`,
    [events],
  );
  await db.query(
    `UPDATE audit_chains c SET head_seq = e.seq, head_hash = e.hash
     FROM (SELECT seq, hash FROM audit_events WHERE chain = 'catalog' ORDER BY seq DESC LIMIT 1) e
     WHERE c.chain = 'catalog'`,
  );
  await db.query('ANALYZE audit_events');
}
