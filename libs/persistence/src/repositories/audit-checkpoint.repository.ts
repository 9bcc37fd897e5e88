import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DataSource } from 'typeorm';
import type { AuditCheckpoint, AuditPublicJwk, AuditSigner } from '../audit/audit-checkpoint';
import { AuditCheckpointEntity, AuditSigningKeyEntity } from '../entities/audit-checkpoint.entity';
import type { Page, PageRequest } from '../pagination';
import { inKeysetOrder, toKeysetPage } from '../pagination';

/** The heads that changed since their chain's latest checkpoint (or every chain's, unsigned). */
const CHANGED_HEADS = `
  SELECT c.chain, c.head_seq AS seq, c.head_hash AS "headHash"
  FROM audit_chains c
  WHERE ($1::text IS NULL OR c.chain = $1)
    AND c.head_seq > COALESCE((SELECT max(k.seq) FROM audit_checkpoints k WHERE k.chain = c.chain), 0)`;

/** Signed heads of the audit chains, and every public key that signed one. */
@Injectable()
export class AuditCheckpointRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Publishes the signer's public key, once: keys stay after a rotation, for old checkpoints. */
  async registerKey(jwk: AuditPublicJwk): Promise<void> {
    await this.dataSource.query(
      'INSERT INTO audit_signing_keys (kid, public_jwk) VALUES ($1, $2) ON CONFLICT (kid) DO NOTHING',
      [jwk.kid, JSON.stringify(jwk)],
    );
  }

  /** Every public key that may have signed a checkpoint, oldest first. */
  async keys(manager: EntityManager = this.dataSource.manager): Promise<AuditPublicJwk[]> {
    const rows = await manager
      .getRepository(AuditSigningKeyEntity)
      .find({ order: { firstUsedAt: 'ASC', kid: 'ASC' } });
    return rows.map((row) => row.publicJwk as unknown as AuditPublicJwk);
  }

  /**
   * Signs the head of every chain that changed since its latest checkpoint (only `chain`'s when
   * given); returns how many it signed. Idempotent: a head is signed once.
   */
  async signChangedHeads(signer: AuditSigner, chain?: string): Promise<number> {
    await this.registerKey(signer.publicJwk);
    const heads = await this.dataSource.query<{ chain: string; seq: number; headHash: string }[]>(
      CHANGED_HEADS,
      [chain ?? null],
    );
    const at = new Date();
    for (const head of heads) {
      const checkpoint = signer.sign(head, at);
      await this.dataSource.query(
        `INSERT INTO audit_checkpoints (id, chain, seq, head_hash, at, kid, signature)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (chain, seq) DO NOTHING`,
        [
          randomUUID(),
          checkpoint.chain,
          checkpoint.seq,
          checkpoint.headHash,
          checkpoint.at,
          checkpoint.kid,
          checkpoint.signature,
        ],
      );
    }
    return heads.length;
  }

  /** The chain's latest checkpoint, or null before its first. */
  async latest(
    chain: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<AuditCheckpoint | null> {
    const row = await manager
      .getRepository(AuditCheckpointEntity)
      .findOne({ where: { chain }, order: { seq: 'DESC' } });
    return row ? checkpointOf(row) : null;
  }

  /** Every checkpoint, oldest first, a page at a time. */
  async list(page: PageRequest): Promise<Page<AuditCheckpoint & { id: string }>> {
    const query = this.dataSource
      .getRepository(AuditCheckpointEntity)
      .createQueryBuilder('checkpoint');
    const rows = await inKeysetOrder(query, 'checkpoint', page, { column: 'at' }).getMany();
    const result = toKeysetPage(rows, page.limit, (row) => row.at);
    return { ...result, items: result.items.map((row) => ({ id: row.id, ...checkpointOf(row) })) };
  }
}

function checkpointOf(row: AuditCheckpointEntity): AuditCheckpoint {
  return {
    chain: row.chain,
    seq: row.seq,
    headHash: row.headHash,
    at: row.at.toISOString(),
    kid: row.kid,
    signature: row.signature,
  };
}
