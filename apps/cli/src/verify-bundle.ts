import type { AuditCheckpoint, AuditRecord, ChainVerification } from '@app/persistence';
import { ChainVerifier } from '@app/persistence';

/** What verifying a bundle concluded: the exit code, and the line that says why. */
export interface BundleVerdict {
  exit: 0 | 1 | 2;
  message: string;
  verification?: ChainVerification;
}

/**
 * Verifies a bundle (`{ events, checkpoint }`) against a JWKS, with no server and no database,
 * by the server's own verifier: every hash recomputed, the checkpoint's signature checked, and
 * the events checked to reach the head it signed. Exit 0 valid, 1 broken, 2 unusable input.
 */
export function verifyBundle(bundle: unknown, jwks: unknown): BundleVerdict {
  const events = (bundle as { events?: unknown })?.events;
  const checkpoint = (bundle as { checkpoint?: unknown })?.checkpoint;
  const keys = (jwks as { keys?: unknown })?.keys;
  if (!Array.isArray(events) || events.some((event) => !isRecord(event))) {
    return unusable('the bundle has no `events` list of audit events');
  }
  if (checkpoint !== null && !isCheckpoint(checkpoint)) {
    return unusable('the bundle’s `checkpoint` is neither null nor a signed checkpoint');
  }
  if (!Array.isArray(keys)) {
    return unusable('the keys file is not a JWKS: `{ "keys": [...] }`');
  }
  const records = events as AuditRecord[];
  const verifier = new ChainVerifier(checkpoint ? { checkpoint, keys } : null);
  verifier.add(records);
  const verification = verifier.result(null);
  const expectedChain = chainOf(records);
  if (verification.valid && checkpoint && expectedChain && checkpoint.chain !== expectedChain) {
    return broken(
      { ...verification, valid: false, brokenAt: checkpoint.seq },
      `the checkpoint signs chain ${checkpoint.chain}, not ${expectedChain}`,
    );
  }
  if (!verification.valid) {
    return broken(verification, verification.reason ?? 'the chain does not verify');
  }
  return {
    exit: 0,
    verification,
    message: checkpoint
      ? `valid: ${verification.events} events, reaching the head of seq ${checkpoint.seq} signed at ${checkpoint.at} by key ${checkpoint.kid}`
      : `valid: ${verification.events} events; no checkpoint yet, so a removed tail could not be told`,
  };
}

function broken(verification: ChainVerification, reason: string): BundleVerdict {
  return {
    exit: 1,
    verification,
    message: `broken at seq ${verification.brokenAt ?? '?'}: ${reason}`,
  };
}

function unusable(reason: string): BundleVerdict {
  return { exit: 2, message: `unusable input: ${reason}` };
}

/** The chain the events belong to: a cycle's, or the catalog's. */
function chainOf(events: AuditRecord[]): string | undefined {
  const first = events[0];
  if (!first) {
    return undefined;
  }
  return first.cycleId ? `cycle:${first.cycleId}` : 'catalog';
}

function isRecord(value: unknown): value is AuditRecord {
  const event = value as Partial<AuditRecord> | null;
  return (
    typeof event === 'object' &&
    event !== null &&
    typeof event.seq === 'number' &&
    typeof event.hash === 'string' &&
    typeof event.prevHash === 'string' &&
    typeof event.actor === 'object' &&
    event.actor !== null
  );
}

function isCheckpoint(value: unknown): value is AuditCheckpoint {
  const checkpoint = value as Partial<AuditCheckpoint> | null;
  return (
    typeof checkpoint === 'object' &&
    checkpoint !== null &&
    typeof checkpoint.chain === 'string' &&
    typeof checkpoint.seq === 'number' &&
    typeof checkpoint.headHash === 'string' &&
    typeof checkpoint.at === 'string' &&
    typeof checkpoint.kid === 'string' &&
    typeof checkpoint.signature === 'string'
  );
}
