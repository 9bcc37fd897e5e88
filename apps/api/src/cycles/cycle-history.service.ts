import { Injectable } from '@nestjs/common';
import type { AuditRecord, ChainVerification } from '@app/persistence';
import { AuditCheckpointRepository, AuditRepository, cycleChain } from '@app/persistence';
import { CyclesService } from './cycles.service';
import type { HistoryExport, HistoryFormat } from './history-export';
import { historyBundle, historyExport } from './history-export';

/**
 * A cycle's audit trail, exported as it is read and verified. A cycle's chain starts with the
 * event that records its start, in the same transaction, so only an empty chain needs the look-up
 * that answers 404 for a cycle that does not exist: the usual read is one statement per batch.
 */
@Injectable()
export class CycleHistoryService {
  constructor(
    private readonly cycles: CyclesService,
    private readonly audit: AuditRepository,
    private readonly checkpoints: AuditCheckpointRepository,
  ) {}

  /** The events oldest first, streamed: memory holds a batch, not the history. */
  async export(cycleId: string, format: HistoryFormat): Promise<HistoryExport> {
    const batches = this.audit.batches(cycleChain(cycleId));
    // The first batch is read before answering, so a missing cycle is still a 404.
    const first = await batches.next();
    if (first.done) {
      await this.cycles.get(cycleId);
    }
    return historyExport(withFirst(first, batches), format, `cycle-${cycleId}-history.csv`);
  }

  /** The events with the chain's checkpoints, for verifying offline; streamed. */
  async bundle(cycleId: string): Promise<HistoryExport> {
    const chain = cycleChain(cycleId);
    // Read before the events: every checkpoint's head is then among them.
    const checkpoints = await this.checkpoints.ofChain(chain);
    const batches = this.audit.batches(chain);
    const first = await batches.next();
    if (first.done) {
      await this.cycles.get(cycleId);
    }
    return historyBundle(withFirst(first, batches), checkpoints, `cycle-${cycleId}-bundle.json`);
  }

  async verify(cycleId: string): Promise<ChainVerification> {
    const verification = await this.audit.verify(cycleChain(cycleId));
    if (verification.events === 0) {
      await this.cycles.get(cycleId);
    }
    return verification;
  }
}

async function* withFirst(
  first: IteratorResult<AuditRecord[]>,
  rest: AsyncGenerator<AuditRecord[]>,
): AsyncGenerator<AuditRecord[]> {
  if (!first.done) {
    yield first.value;
    yield* rest;
  }
}
