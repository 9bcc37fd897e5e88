import { Injectable } from '@nestjs/common';
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
  async *batches(chain: string, size = 1_000): AsyncGenerator<AuditRecord[]> {
    let after = 0;
    for (;;) {
      const rows = await this.dataSource.getRepository(AuditEventEntity).find({
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

  /** Recomputes a chain from its rows; see {@link ChainVerifier}. */
  async verify(chain: string): Promise<ChainVerification> {
    const verifier = new ChainVerifier();
    for await (const batch of this.batches(chain)) {
      verifier.add(batch);
    }
    const head = await this.dataSource.getRepository(AuditChainEntity).findOneBy({ chain });
    return verifier.result(head ? { seq: head.headSeq, hash: head.headHash } : null);
  }
}
