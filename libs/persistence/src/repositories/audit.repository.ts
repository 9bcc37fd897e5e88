import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DataSource, MoreThan } from 'typeorm';
import type { AuditRecord } from '../audit/audit-hash';
import type { ChainVerification } from '../audit/audit-verification';
import { ChainVerifier } from '../audit/audit-verification';
import { toAuditRecord } from '../audit/audit-trail';
import { AuditChainEntity } from '../entities/audit-chain.entity';
import { AuditEventEntity } from '../entities/audit-event.entity';

@Injectable()
export class AuditRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** A chain's events oldest first, a batch at a time, so long chains never sit in memory whole. */
  batches(chain: string, size = 1_000): AsyncGenerator<AuditRecord[]> {
    return readBatches(this.dataSource.manager, chain, size);
  }

  /**
   * Recomputes a chain from its rows; see {@link ChainVerifier}. The events and the head are read
   * in one REPEATABLE READ snapshot: appends landing meanwhile are not half seen as a break.
   */
  verify(chain: string): Promise<ChainVerification> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      // Allowed here because no statement has run in the transaction yet.
      await manager.query('SET TRANSACTION READ ONLY');
      const verifier = new ChainVerifier();
      for await (const batch of readBatches(manager, chain, 1_000)) {
        verifier.add(batch);
      }
      const head = await manager.getRepository(AuditChainEntity).findOneBy({ chain });
      return verifier.result(head ? { seq: head.headSeq, hash: head.headHash } : null);
    });
  }
}

async function* readBatches(
  manager: EntityManager,
  chain: string,
  size: number,
): AsyncGenerator<AuditRecord[]> {
  let after = 0;
  for (;;) {
    const rows = await manager.getRepository(AuditEventEntity).find({
      where: { chain, seq: MoreThan(after) },
      order: { seq: 'ASC' },
      take: size,
    });
    if (rows.length === 0) {
      return;
    }
    yield rows.map(toAuditRecord);
    after = rows.at(-1)?.seq ?? after;
  }
}
