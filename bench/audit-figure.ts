import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Client } from 'pg';
import { DataSource } from 'typeorm';
import { canonicalJson } from '@app/domain';
import { auditHash, AuditRepository, dataSourceOptions, GENESIS_HASH } from '@app/persistence';
import type { Comparison } from './measure';

/** A chain the size of a catalog of many years: verified in bounded memory, batch by batch. */
export const AUDIT_FIGURE_EVENTS = 1_000_000;
const CHAIN = 'bench-catalog';
const INSERT_BATCH = 5_000;

/**
 * Verifying 1,000,000 catalog-shaped events (every hash recomputed, read in batches from
 * PostgreSQL) against `sha256sum` over the very bytes those hashes cover, written to a file:
 * time of one run each, and the verifying process's peak RSS above where it started.
 */
export async function auditVerifyFigure(
  databaseUrl: string,
  db: Client,
  say: (line: string) => void,
): Promise<Comparison & { peakRssMiB: number; bytes: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'audit-bench-'));
  const hashedBytes = join(dir, 'hashed-bytes');
  try {
    say(`audit: writing ${AUDIT_FIGURE_EVENTS.toLocaleString('en')} chained events`);
    const bytes = await populateChain(db, hashedBytes);
    const dataSource = await new DataSource(
      dataSourceOptions({ url: databaseUrl, poolSize: 2, applicationName: 'bench-audit' }),
    ).initialize();
    try {
      say('audit: verifying the chain');
      const baselineRss = process.memoryUsage().rss;
      let peakRss = baselineRss;
      const sampler = setInterval(() => {
        peakRss = Math.max(peakRss, process.memoryUsage().rss);
      }, 20);
      const started = process.hrtime.bigint();
      const verification = await new AuditRepository(dataSource).verify(CHAIN);
      const verifyMs = Number(process.hrtime.bigint() - started) / 1e6;
      clearInterval(sampler);
      if (!verification.valid || verification.events !== AUDIT_FIGURE_EVENTS) {
        throw new Error(`the bench chain did not verify: ${JSON.stringify(verification)}`);
      }
      const shaStarted = process.hrtime.bigint();
      const sha = spawnSync('sha256sum', [hashedBytes], { encoding: 'utf8' });
      const shaMs = Number(process.hrtime.bigint() - shaStarted) / 1e6;
      if (sha.status !== 0) {
        throw new Error(`sha256sum failed: ${sha.stderr}`);
      }
      const one = (name: string, ms: number) => ({ name, samples: 1, medianMs: ms, p99Ms: ms });
      return {
        figure: `verify ${AUDIT_FIGURE_EVENTS.toLocaleString('en')} catalog events`,
        product: one('GET …/verify’s verifier over PostgreSQL', Math.round(verifyMs)),
        baseline: one('sha256sum over the hashed bytes', Math.round(shaMs)),
        ratio: Math.round((verifyMs / shaMs) * 10) / 10,
        peakRssMiB: Math.round((peakRss - baselineRss) / 2 ** 20),
        bytes,
      };
    } finally {
      await dataSource.destroy();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Inserts the chain and writes the bytes each hash covers (prevHash + canonical JSON). */
async function populateChain(db: Client, hashedBytesPath: string): Promise<number> {
  const out = createWriteStream(hashedBytesPath);
  let prevHash = GENESIS_HASH;
  let bytes = 0;
  for (let from = 1; from <= AUDIT_FIGURE_EVENTS; from += INSERT_BATCH) {
    const rows: unknown[][] = [];
    for (let seq = from; seq < from + INSERT_BATCH && seq <= AUDIT_FIGURE_EVENTS; seq += 1) {
      const event = {
        seq,
        occurredAt: new Date(Date.UTC(2020, 0, 1) + seq * 60_000).toISOString(),
        cycleId: null,
        actor: { id: 'ada-admin', roles: ['admin'] },
        action: 'area_created',
        stage: null,
        data: { after: { id: `area-${seq}`, name: `Area ${seq}`, kind: 'back' } },
        requestId: null,
        prevHash,
      };
      const hash = auditHash(event);
      const covered = prevHash + canonicalJson(event);
      bytes += Buffer.byteLength(covered);
      out.write(covered);
      rows.push([
        seq,
        `${CHAIN}#${seq}`,
        event.occurredAt,
        JSON.stringify(event.data),
        prevHash,
        hash,
      ]);
      prevHash = hash;
    }
    await db.query(
      `INSERT INTO audit_events (chain, seq, event_key, cycle_id, occurred_at, actor_id, actor_roles,
                                 action, stage, data, request_id, prev_hash, hash)
       SELECT $1, r.seq, r.event_key, NULL, r.occurred_at, 'ada-admin', '["admin"]'::jsonb,
              'area_created', NULL, r.data, NULL, r.prev_hash, r.hash
       FROM unnest($2::int[], $3::text[], $4::timestamptz[], $5::jsonb[], $6::text[], $7::text[])
         AS r(seq, event_key, occurred_at, data, prev_hash, hash)`,
      [CHAIN, ...columns(rows, 6)],
    );
  }
  await db.query(`INSERT INTO audit_chains (chain, head_seq, head_hash) VALUES ($1, $2, $3)`, [
    CHAIN,
    AUDIT_FIGURE_EVENTS,
    prevHash,
  ]);
  // As autovacuum would after such a load: the planner then walks the primary key batch by batch.
  await db.query('ANALYZE audit_events');
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
  return bytes;
}

function columns(rows: unknown[][], count: number): unknown[][] {
  return Array.from({ length: count }, (_, index) => rows.map((row) => row[index]));
}
