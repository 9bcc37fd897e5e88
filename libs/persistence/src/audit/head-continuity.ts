import type { AuditRecord } from './audit-hash';
import { GENESIS_HASH } from './audit-hash';
import { recordHash } from './audit-verification';

/** A signed or to-be-signed head of a chain. */
export interface ChainHead {
  seq: number;
  headHash: string;
}

/**
 * Why the events since the chain's last checkpoint do not lead from it to `head`, or undefined
 * when they do. `events` are the chain's events from the last checkpoint's own seq (from the
 * first, with no checkpoint yet), oldest first: the signed event must still have the hash signed,
 * and every later one must link to it, hash as recorded and have no gap up to the head.
 */
export async function headContinuityProblem(
  events: AsyncIterable<AuditRecord[]>,
  last: ChainHead | null,
  head: ChainHead,
): Promise<string | undefined> {
  let expectedSeq = last ? last.seq : 1;
  let previousHash = GENESIS_HASH;
  for await (const batch of events) {
    // Events appended since the head was read are not this checkpoint's business.
    for (const event of batch.filter((appended) => appended.seq <= head.seq)) {
      if (event.seq !== expectedSeq) {
        return `event ${expectedSeq} is missing`;
      }
      if (recordHash(event) !== event.hash) {
        return `event ${event.seq} does not match its hash`;
      }
      if (last && event.seq === last.seq) {
        if (event.hash !== last.headHash) {
          return `event ${event.seq} is not the one the last checkpoint signed`;
        }
      } else if (event.prevHash !== previousHash) {
        return `event ${event.seq}'s prevHash is not the hash of the event before`;
      }
      previousHash = event.hash;
      expectedSeq += 1;
    }
    if (expectedSeq > head.seq) {
      break;
    }
  }
  if (expectedSeq - 1 !== head.seq) {
    return `the events end at ${expectedSeq - 1}, the head says ${head.seq}`;
  }
  return previousHash === head.headHash
    ? undefined
    : `the head's hash is not the hash of event ${head.seq}`;
}
