import { Injectable } from '@nestjs/common';
import type { EntityManager, QueryRunner } from 'typeorm';
import { DataSource } from 'typeorm';
import type { AuditRecord } from '../audit/audit-hash';
import type { ChainVerification } from '../audit/audit-verification';
import { ChainVerifier } from '../audit/audit-verification';
import type { CheckpointRow, Query } from './audit-checkpoint-rows';
import { CHAIN_CHECKPOINTS, fromRow, signingKeys } from './audit-checkpoint-rows';

// Rows in the contract's shape, fields in its order, so they need no mapping at all: the
// timestamp formatted as Date#toISOString formats it (UTC, milliseconds truncated), since
// parsing it into a Date and back cost more than the rest of the row.
const SELECT_BATCH = `
  SELECT seq,
         to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "occurredAt",
         cycle_id AS "cycleId", json_build_object('id', actor_id, 'roles', actor_roles) AS actor,
         action, stage, data, request_id AS "requestId", prev_hash AS "prevHash", hash
  FROM audit_events WHERE chain = $1 AND seq > $2 ORDER BY seq LIMIT $3`;

/** The same, only events whose data names `$4` anywhere (an entity's id, as itself or a reference). */
const SELECT_ABOUT_BATCH = SELECT_BATCH.replace(
  'ORDER BY seq',
  `AND jsonb_path_exists(data, '$.** ? (@ == $about)', jsonb_build_object('about', $4::text))
  ORDER BY seq`,
);

/** The same, only events with one of the actions `$2` (all of them: a cycle's few of a kind). */
const SELECT_ACTIONS = SELECT_BATCH.replace(
  'AND seq > $2 ORDER BY seq LIMIT $3',
  'AND action = ANY($2::text[]) ORDER BY seq',
);

/** Rows per batch: a few hundred KiB of events in memory at a time. */
const BATCH_SIZE = 1_000;

@Injectable()
export class AuditRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * A chain's events oldest first, a batch at a time (never an empty one), so long chains never
   * sit in memory whole. Plain rows already in the contract's shape: no entity hydration. Each
   * batch takes a pooled connection for one statement: a slow reader holds none in between.
   * With `about`, only the events whose data names it (e.g. the catalog's events about a service);
   * with `after`, only the events after that seq.
   */
  batches(
    chain: string,
    { size = BATCH_SIZE, about, after = 0 }: { size?: number; about?: string; after?: number } = {},
  ): AsyncGenerator<AuditRecord[]> {
    return readBatches(
      (sql, parameters) => this.dataSource.query(sql, parameters),
      chain,
      size,
      about,
      after,
    );
  }

  /**
   * The same batches read on the connection of the caller's transaction: a second connection
   * would wait behind it on the embedded database, which serves one transaction at a time.
   */
  batchesWithin(manager: EntityManager, chain: string, after = 0): AsyncGenerator<AuditRecord[]> {
    return readBatches(
      (sql, parameters) => manager.query(sql, parameters),
      chain,
      BATCH_SIZE,
      undefined,
      after,
    );
  }

  /** A chain's events with one of `actions`, oldest first. */
  withActions(chain: string, actions: readonly string[]): Promise<AuditRecord[]> {
    return this.dataSource.query(SELECT_ACTIONS, [chain, actions]);
  }

  /**
   * Recomputes a chain from its rows; see {@link ChainVerifier}. The events and the head are read
   * in one REPEATABLE READ snapshot: appends landing meanwhile are not half seen as a break.
   */
  async verify(chain: string): Promise<ChainVerification> {
    const runner = this.dataSource.createQueryRunner();
    try {
      // One statement opens the read-only snapshot (TypeORM's transaction() takes three).
      await runner.query('BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY');
      const result = await verifyInSnapshot(runner, chain);
      await runner.query('COMMIT');
      return result;
    } catch (error) {
      await runner.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }
}

async function verifyInSnapshot(runner: QueryRunner, chain: string): Promise<ChainVerification> {
  const query: Query = (sql, parameters) => runner.query(sql, parameters);
  // The chain is checked against every signed head too: a lost tail shows up there.
  const checkpoints = (await query<CheckpointRow[]>(CHAIN_CHECKPOINTS, [chain])).map(fromRow);
  const keys = checkpoints.length > 0 ? await signingKeys(query) : [];
  const verifier = new ChainVerifier({ checkpoints, keys });
  for await (const batch of readBatches(query, chain, BATCH_SIZE)) {
    verifier.add(batch);
  }
  const [head] = await query<{ head_seq: number; head_hash: string }[]>(
    'SELECT head_seq, head_hash FROM audit_chains WHERE chain = $1',
    [chain],
  );
  return verifier.result(head ? { seq: head.head_seq, hash: head.head_hash } : null);
}

async function* readBatches(
  query: Query,
  chain: string,
  size: number,
  about?: string,
  from = 0,
): AsyncGenerator<AuditRecord[]> {
  let after = from;
  for (;;) {
    // One row more than a batch: a chain of exactly n batches needs no statement finding none.
    const rows =
      about === undefined
        ? await query<AuditRecord[]>(SELECT_BATCH, [chain, after, size + 1])
        : await query<AuditRecord[]>(SELECT_ABOUT_BATCH, [chain, after, size + 1, about]);
    const more = rows.length > size;
    if (more) {
      rows.pop();
    }
    if (rows.length > 0) {
      yield rows;
    }
    if (!more) {
      return;
    }
    after = rows.at(-1)?.seq ?? after;
  }
}
