import { Injectable } from '@nestjs/common';
import type { AuditActivities } from '@app/domain';
import { AuditCheckpointRepository, AuditSigner, cycleChain } from '@app/persistence';

/** Signs audit chains' heads with the worker's key: on schedule, and as each cycle ends. */
@Injectable()
export class AuditCheckpointActivities implements AuditActivities {
  constructor(
    private readonly checkpoints: AuditCheckpointRepository,
    private readonly signer: AuditSigner,
  ) {}

  /** Publishes this worker's public key (once): `GET /v1/audit/keys` lists it from then on. */
  publishKey(): Promise<void> {
    return this.checkpoints.registerKey(this.signer.publicJwk);
  }

  signChangedChainHeads(): Promise<number> {
    return this.checkpoints.signChangedHeads(this.signer);
  }

  /** A cycle ended (closed, restarted or cancelled): its chain's head is signed at once. */
  async signCycleHead(cycleId: string): Promise<void> {
    await this.checkpoints.signChangedHeads(this.signer, cycleChain(cycleId));
  }
}
