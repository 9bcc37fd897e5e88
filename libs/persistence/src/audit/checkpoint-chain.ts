import type { AuditCheckpoint, AuditVerificationKey } from './audit-checkpoint';
import { checkpointDigest, checkpointSignatureProblem } from './audit-checkpoint';

/** The first seq that does not verify, and why. */
export interface ChainBreak {
  seq: number;
  reason: string;
}

/**
 * The first checkpoint (oldest first) that does not hold on its own or as a link of its chain:
 * another chain's, out of order, a signature or key window that fails, or a `prev` that is not
 * the digest of the checkpoint before it. A linked chain cannot lose a checkpoint in the middle
 * or at its start unseen; unlinked checkpoints (signed before links existed) may only come first.
 */
export function checkpointChainBreak(
  checkpoints: readonly AuditCheckpoint[],
  keys: readonly AuditVerificationKey[],
): ChainBreak | undefined {
  let previous: AuditCheckpoint | undefined;
  for (const checkpoint of checkpoints) {
    const problem =
      orderProblem(checkpoint, previous) ??
      checkpointSignatureProblem(checkpoint, keys) ??
      linkProblem(checkpoint, previous);
    if (problem) {
      return { seq: checkpoint.seq, reason: problem };
    }
    previous = checkpoint;
  }
  return undefined;
}

function orderProblem(
  checkpoint: AuditCheckpoint,
  previous: AuditCheckpoint | undefined,
): string | undefined {
  if (previous && checkpoint.chain !== previous.chain) {
    return `the checkpoints sign two chains, ${previous.chain} and ${checkpoint.chain}`;
  }
  if (previous && checkpoint.seq <= previous.seq) {
    return `the checkpoint of seq ${checkpoint.seq} comes after the one of seq ${previous.seq}`;
  }
  return undefined;
}

function linkProblem(
  checkpoint: AuditCheckpoint,
  previous: AuditCheckpoint | undefined,
): string | undefined {
  if (checkpoint.prev === undefined) {
    return previous?.prev === undefined
      ? undefined
      : `the checkpoint of seq ${checkpoint.seq} is not linked, though the one before it is`;
  }
  if (!previous) {
    return checkpoint.prev === null
      ? undefined
      : `the checkpoint of seq ${checkpoint.seq} links to an earlier checkpoint the bundle does not have`;
  }
  return checkpoint.prev === checkpointDigest(previous)
    ? undefined
    : `the checkpoint of seq ${checkpoint.seq} does not link to the checkpoint of seq ${previous.seq}`;
}
