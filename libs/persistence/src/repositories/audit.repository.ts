import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuditRecord } from '../audit/audit-hash';
import { cycleChain, toAuditRecord } from '../audit/audit-trail';
import { AuditEventEntity } from '../entities/audit-event.entity';

@Injectable()
export class AuditRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** A cycle's audit events, oldest first. */
  async cycleHistory(cycleId: string): Promise<AuditRecord[]> {
    const rows = await this.dataSource
      .getRepository(AuditEventEntity)
      .find({ where: { chain: cycleChain(cycleId) }, order: { seq: 'ASC' } });
    return rows.map(toAuditRecord);
  }
}
