import type { EntityManager } from 'typeorm';
import type { Actor } from '@app/domain';
import { AuditEventEntity } from '../entities/audit-event.entity';
import type { AuditRecord } from './audit-hash';
import { auditHash, GENESIS_HASH } from './audit-hash';

export interface AuditEntry {
  /** Unique per event: a second append with the same key is a no-op. */
  eventKey: string;
  cycleId: string | null;
  occurredAt: string;
  actor: Actor;
  action: string;
  stage: string | null;
  data: Record<string, unknown>;
  requestId: string | null;
}

/** Who changes something, and through which request: stamped on every audit event. */
export interface ChangeContext {
  actor: Actor;
  requestId: string | null;
}

export const CATALOG_CHAIN = 'catalog';

export const cycleChain = (cycleId: string) => `cycle:${cycleId}`;

/**
 * Appends to an audit chain inside the caller's transaction. The chain's head row is locked
 * first, so concurrent appends queue up: no gaps, no forks, and a retried append is found.
 * Whether it appended: false when the event was there already.
 */
export async function appendAuditEvent(
  manager: EntityManager,
  chain: string,
  entry: AuditEntry,
): Promise<boolean> {
  // Creates the chain's head on first use and locks it in one statement: the no-op update takes
  // the row lock (acting on the latest version), so concurrent appends queue up.
  const [head] = await manager.query<{ head_seq: number; head_hash: string }[]>(
    `INSERT INTO audit_chains (chain, head_seq, head_hash) VALUES ($1, 0, $2)
     ON CONFLICT (chain) DO UPDATE SET chain = EXCLUDED.chain
     RETURNING head_seq, head_hash`,
    [chain, GENESIS_HASH],
  );
  const exists = await manager
    .getRepository(AuditEventEntity)
    .existsBy({ eventKey: entry.eventKey });
  if (!head || exists) {
    return false;
  }
  // Hash exactly what is stored: plain JSON, as it will be read back.
  const dataJson = JSON.stringify(entry.data);
  const data = JSON.parse(dataJson) as Record<string, unknown>;
  const unhashed: Omit<AuditRecord, 'hash'> = {
    seq: head.head_seq + 1,
    occurredAt: new Date(entry.occurredAt).toISOString(),
    cycleId: entry.cycleId,
    actor: { id: entry.actor.id, roles: [...entry.actor.roles] },
    action: entry.action,
    stage: entry.stage,
    data,
    requestId: entry.requestId,
    prevHash: head.head_hash,
  };
  const hash = auditHash(unhashed);
  await manager.query(
    `INSERT INTO audit_events (chain, seq, event_key, cycle_id, occurred_at, actor_id, actor_roles, action, stage, data, request_id, prev_hash, hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
    [
      chain,
      unhashed.seq,
      entry.eventKey,
      entry.cycleId,
      unhashed.occurredAt,
      unhashed.actor.id,
      JSON.stringify(unhashed.actor.roles),
      entry.action,
      entry.stage,
      dataJson,
      entry.requestId,
      unhashed.prevHash,
      hash,
    ],
  );
  await manager.query(`UPDATE audit_chains SET head_seq = $2, head_hash = $3 WHERE chain = $1`, [
    chain,
    unhashed.seq,
    hash,
  ]);
  return true;
}
