import type { AuditCheckpoint, AuditRecord, ChainVerification } from '@app/persistence';
import { ChainVerifier } from '@app/persistence';

/**
 * What verifying a bundle concluded: 0 intact and signed, 1 broken, 2 unusable input, 3 intact
 * but not (wholly) signed. The message says why, and how far the signatures reach.
 */
export interface BundleVerdict {
  exit: 0 | 1 | 2 | 3;
  message: string;
  verification?: ChainVerification;
  /** The seq the latest valid checkpoint signed: events after it are unsigned. */
  signedThrough?: number;
  /** Accepted with --allow-unsigned though not wholly signed: the message is a warning. */
  warning?: true;
}

export interface VerifyOptions {
  /** An unsigned chain (no checkpoint, or events after the last) answers 0, with a warning. */
  allowUnsigned?: boolean;
}

/**
 * Verifies a bundle (`{ events, checkpoint, checkpoints }`) against a JWKS, with no server and no
 * database, by the server's own verifier: every hash recomputed, every checkpoint's signature,
 * key window and link to the one before checked, and the events checked to reach each head signed.
 */
export function verifyBundle(
  bundle: unknown,
  jwks: unknown,
  options: VerifyOptions = {},
): BundleVerdict {
  const events = (bundle as { events?: unknown })?.events;
  const checkpoints = checkpointsOf(bundle);
  const keys = (jwks as { keys?: unknown })?.keys;
  if (!Array.isArray(events) || events.some((event) => !isRecord(event))) {
    return unusable('the bundle has no `events` list of audit events');
  }
  if (!checkpoints) {
    return unusable('the bundle’s `checkpoints` (or `checkpoint`) are not signed checkpoints');
  }
  if (!Array.isArray(keys) || keys.some((key) => typeof key !== 'object' || key === null)) {
    return unusable('the keys file is not a JWKS: `{ "keys": [...] }`');
  }
  const records = events as AuditRecord[];
  const verifier = new ChainVerifier({ checkpoints, keys });
  verifier.add(records);
  const verification = verifier.result(null);
  const expectedChain = chainOf(records);
  const stranger = checkpoints.find((checkpoint) => checkpoint.chain !== expectedChain);
  if (verification.valid && stranger && expectedChain) {
    return broken(
      { ...verification, valid: false, brokenAt: stranger.seq },
      `the checkpoint of seq ${stranger.seq} signs chain ${stranger.chain}, not ${expectedChain}`,
    );
  }
  if (!verification.valid) {
    return broken(verification, verification.reason ?? 'the chain does not verify');
  }
  return signedVerdict(verification, checkpoints, options);
}

/** An intact chain: valid when its signatures reach its last event, unsigned otherwise. */
function signedVerdict(
  verification: ChainVerification,
  checkpoints: AuditCheckpoint[],
  { allowUnsigned = false }: VerifyOptions,
): BundleVerdict {
  const latest = checkpoints.at(-1);
  const signedThrough = latest?.seq ?? 0;
  const { events } = verification;
  const range = `signed through seq ${signedThrough} of ${events}`;
  const signers = `${checkpoints.length} checkpoint${checkpoints.length === 1 ? '' : 's'}`;
  if (latest && signedThrough === events) {
    return {
      exit: 0,
      verification,
      signedThrough,
      message: `valid: ${events} events, ${range} by ${signers}, the latest of ${latest.at} by key ${latest.kid}`,
    };
  }
  const why = latest
    ? `events ${signedThrough + 1} to ${events} come after the latest checkpoint`
    : 'the bundle has no checkpoint';
  return {
    exit: allowUnsigned ? 0 : 3,
    verification,
    signedThrough,
    ...(allowUnsigned ? { warning: true as const } : {}),
    message: allowUnsigned
      ? `warning: intact but not wholly signed (${range}; ${why}); accepted with --allow-unsigned`
      : `unsigned: the chain is intact but ${range}: ${why}. Nothing signed vouches for the rest; --allow-unsigned accepts it`,
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

/** `checkpoints` when the bundle has them, else its one `checkpoint`; undefined when malformed. */
function checkpointsOf(bundle: unknown): AuditCheckpoint[] | undefined {
  const { checkpoint, checkpoints } = (bundle ?? {}) as {
    checkpoint?: unknown;
    checkpoints?: unknown;
  };
  if (checkpoints !== undefined && checkpoints !== null) {
    return Array.isArray(checkpoints) && checkpoints.every(isCheckpoint) ? checkpoints : undefined;
  }
  if (checkpoint === undefined || checkpoint === null) {
    return [];
  }
  return isCheckpoint(checkpoint) ? [checkpoint] : undefined;
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
    typeof checkpoint.signature === 'string' &&
    (checkpoint.prev === undefined ||
      checkpoint.prev === null ||
      typeof checkpoint.prev === 'string')
  );
}
