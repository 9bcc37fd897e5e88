import { createHash } from 'node:crypto';
import { canonicalJson } from '@app/domain';

/** The prevHash of a chain's first event. */
export const GENESIS_HASH = '0'.repeat(64);

/** An audit event as the contract shows it. */
export interface AuditRecord {
  seq: number;
  occurredAt: string;
  cycleId: string | null;
  actor: { id: string; roles: string[] };
  action: string;
  stage: string | null;
  data: Record<string, unknown>;
  requestId: string | null;
  prevHash: string;
  hash: string;
}

/** SHA-256 over prevHash and the canonical JSON of the event without its hash. */
export function auditHash(event: Omit<AuditRecord, 'hash'>): string {
  return createHash('sha256').update(event.prevHash).update(canonicalJson(event)).digest('hex');
}
