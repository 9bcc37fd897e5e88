import type { EntityManager } from 'typeorm';
import type { Actor } from '@app/domain';
import { canonicalJson } from '@app/domain';
import { GENESIS_HASH } from './audit-hash';
import { hashWithCanonicalData } from './audit-verification';

/** The events a bulk change stages while it writes, appended to a chain only at its end. */
const STAGE = 'pg_temp.staged_audit_events';

/** Events chained and inserted per statement while the chain's head is locked. */
const APPEND_BATCH = 2_000;

/** What every staged event shares: who, through which request, which action, and when. */
export interface StagedAuditContext {
  actor: Actor;
  requestId: string | null;
  action: string;
  occurredAt: Date;
}

export interface StagedAuditEvent {
  /** Unique per event, as `AuditEntry.eventKey`. */
  eventKey: string;
  data: Record<string, unknown>;
}

/**
 * Audit events for a change of many rows (a CSV import), one per row, appended to a chain in the
 * change's own transaction like `appendAuditEvent`'s, without holding the chain's head for the
 * whole change. While the rows are written, each batch's events are staged in a temporary table
 * of the transaction (dropped at its end), their data as jsonb and as canonical JSON: nothing of
 * them waits in memory. `appendTo` then locks the head once, just before the commit, and chains
 * the staged events in order, 2,000 per statement: under the lock it only concatenates, hashes
 * and copies. Each is an ordinary chain event, which the chain verifier checks like any other.
 */
export class StagedAuditEvents {
  private staged = 0;

  private constructor(private readonly manager: EntityManager) {}

  /** Creates the stage inside the open transaction `manager` runs in. */
  static async open(manager: EntityManager): Promise<StagedAuditEvents> {
    await manager.query(
      `CREATE TEMPORARY TABLE staged_audit_events (
         ord integer PRIMARY KEY, event_key varchar(200) NOT NULL, data jsonb NOT NULL,
         canonical text NOT NULL
       ) ON COMMIT DROP`,
    );
    return new StagedAuditEvents(manager);
  }

  /** Stages `events` after those already staged, in their order. */
  async stage(events: readonly StagedAuditEvent[]): Promise<void> {
    if (events.length === 0) {
      return;
    }
    const first = this.staged + 1;
    await this.manager.query(
      `INSERT INTO ${STAGE} (ord, event_key, data, canonical)
       SELECT $1::int + n - 1, key, canonical::jsonb, canonical
       FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS e(key, canonical, n)`,
      [
        first,
        events.map((event) => event.eventKey),
        // What is hashed is what is stored and will be read back: plain JSON, here written
        // canonically once, so the locked phase neither parses nor re-sorts it.
        events.map((event) => canonicalJson(event.data)),
      ],
    );
    this.staged += events.length;
  }

  /**
   * Appends every staged event to `chain`, in the order staged. The head's row lock taken here
   * (the same statement as `appendAuditEvent`'s) is held until the transaction ends: commit
   * right after.
   */
  async appendTo(chain: string, context: StagedAuditContext): Promise<void> {
    if (this.staged === 0) {
      return;
    }
    const [head] = await this.manager.query<{ head_seq: number; head_hash: string }[]>(
      `INSERT INTO audit_chains (chain, head_seq, head_hash) VALUES ($1, 0, $2)
       ON CONFLICT (chain) DO UPDATE SET chain = EXCLUDED.chain
       RETURNING head_seq, head_hash`,
      [chain, GENESIS_HASH],
    );
    if (!head) {
      throw new Error(`the head of audit chain ${chain} was neither created nor found`);
    }
    const occurredAt = context.occurredAt.toISOString();
    const actor = { id: context.actor.id, roles: [...context.actor.roles] };
    let seq = head.head_seq;
    let prevHash = head.head_hash;
    for (let from = 1; from <= this.staged; from += APPEND_BATCH) {
      const rows = await this.manager.query<{ ord: number; canonical: string }[]>(
        `SELECT ord, canonical FROM ${STAGE} WHERE ord >= $1 ORDER BY ord LIMIT $2`,
        [from, APPEND_BATCH],
      );
      const seqs: number[] = [];
      const prevHashes: string[] = [];
      const hashes: string[] = [];
      for (const row of rows) {
        seq += 1;
        const hash = hashWithCanonicalData(
          {
            seq,
            occurredAt,
            cycleId: null,
            actor,
            action: context.action,
            stage: null,
            requestId: context.requestId,
            prevHash,
          },
          row.canonical,
        );
        seqs.push(seq);
        prevHashes.push(prevHash);
        hashes.push(hash);
        prevHash = hash;
      }
      await this.manager.query(
        `INSERT INTO audit_events (chain, seq, event_key, cycle_id, occurred_at, actor_id, actor_roles,
                                   action, stage, data, request_id, prev_hash, hash)
         SELECT $1, e.seq, s.event_key, NULL, $2, $3, $4::jsonb, $5, NULL, s.data, $6,
                e.prev_hash, e.hash
         FROM unnest($7::int[], $8::int[], $9::text[], $10::text[]) AS e(ord, seq, prev_hash, hash)
         JOIN ${STAGE} s ON s.ord = e.ord`,
        [
          chain,
          occurredAt,
          actor.id,
          JSON.stringify(actor.roles),
          context.action,
          context.requestId,
          rows.map((row) => row.ord),
          seqs,
          prevHashes,
          hashes,
        ],
      );
    }
    await this.manager.query(
      `UPDATE audit_chains SET head_seq = $2, head_hash = $3 WHERE chain = $1`,
      [chain, seq, prevHash],
    );
  }
}
