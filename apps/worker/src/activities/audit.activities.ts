import { Injectable, Logger } from '@nestjs/common';
import type { AuditActivities } from '@app/domain';
import type { SigningRound } from '@app/persistence';
import { AuditCheckpointRepository, cycleChain } from '@app/persistence';
import { AuditSigningKeys } from '../audit/audit-signing-keys';

/** Signs audit chains' heads with the worker's key: on schedule, and as each cycle ends. */
@Injectable()
export class AuditCheckpointActivities implements AuditActivities {
  private readonly logger = new Logger('AuditCheckpoints');

  constructor(
    private readonly checkpoints: AuditCheckpointRepository,
    private readonly keys: AuditSigningKeys,
  ) {}

  /** Publishes this worker's public key (once): `GET /v1/audit/keys` lists it from then on. */
  publishKey(): Promise<void> {
    return this.keys.publish();
  }

  async signChangedChainHeads(): Promise<number> {
    return (await this.sign()).signed;
  }

  /** A cycle ended (closed, restarted or cancelled): its chain's head is signed at once. */
  async signCycleHead(cycleId: string): Promise<void> {
    await this.sign(cycleChain(cycleId));
  }

  private async sign(chain?: string): Promise<SigningRound> {
    const signer = await this.keys.signerNow();
    if (!signer) {
      return { signed: 0, refused: [] };
    }
    const round = await this.checkpoints.signChangedHeads(signer, chain);
    for (const refused of round.refused) {
      // A head that does not lead from the last checkpoint: someone changed the chain's rows.
      this.logger.error(
        `audit chain ${refused.chain}: head ${refused.seq} not signed: ${refused.reason}`,
      );
    }
    return round;
  }
}
