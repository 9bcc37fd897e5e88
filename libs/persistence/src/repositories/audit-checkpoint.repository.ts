import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DataSource } from 'typeorm';
import type { AuditCheckpoint, AuditSigner } from '../audit/audit-checkpoint';
import { headContinuityProblem } from '../audit/head-continuity';
import { AuditCheckpointEntity } from '../entities/audit-checkpoint.entity';
import type { Page, PageRequest } from '../pagination';
import { inKeysetOrder, toKeysetPage } from '../pagination';
import type { CheckpointRow, Query, SigningKey } from './audit-checkpoint-rows';
import {
  CHAIN_CHECKPOINTS,
  fromRow,
  LATEST_CHAIN_CHECKPOINT,
  signingKeys,
} from './audit-checkpoint-rows';
import { AuditRepository } from './audit.repository';

/** The heads that changed since their chain's latest checkpoint (or every chain's, unsigned). */
const CHANGED_HEADS = `
  SELECT c.chain, c.head_seq AS seq, c.head_hash AS "headHash"
  FROM audit_chains c
  WHERE ($1::text IS NULL OR c.chain = $1)
    AND c.head_seq > COALESCE((SELECT max(k.seq) FROM audit_checkpoints k WHERE k.chain = c.chain), 0)`;

/** A head the signer would not sign, and why. */
export interface RefusedHead {
  chain: string;
  seq: number;
  reason: string;
}

/** What one signing round did. */
export interface SigningRound {
  signed: number;
  refused: RefusedHead[];
}

/** Signed heads of the audit chains, and the keys that signed them. */
@Injectable()
export class AuditCheckpointRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditRepository,
  ) {}

  /** Every key that ever signed a checkpoint, oldest first, each with its window. */
  keys(manager: EntityManager = this.dataSource.manager): Promise<SigningKey[]> {
    return signingKeys((sql, parameters) => manager.query(sql, parameters));
  }

  /**
   * Signs the head of every chain that changed since its latest checkpoint (only `chain`'s when
   * given), linked to that checkpoint. A head the events since that checkpoint do not lead to is
   * not signed: it is kept as a refusal instead. Idempotent: a head is signed once.
   */
  async signChangedHeads(signer: AuditSigner, chain?: string): Promise<SigningRound> {
    const heads = await this.dataSource.query<{ chain: string; seq: number; headHash: string }[]>(
      CHANGED_HEADS,
      [chain ?? null],
    );
    const round: SigningRound = { signed: 0, refused: [] };
    for (const head of heads) {
      const refusal = await this.dataSource.transaction((manager) =>
        this.signHead(manager, signer, head),
      );
      if (refusal === undefined) {
        round.signed += 1;
      } else if (refusal) {
        round.refused.push({ chain: head.chain, seq: head.seq, reason: refusal });
      }
    }
    return round;
  }

  /**
   * Signs one head, one signer per chain at a time (so each checkpoint links to the one before
   * it); the reason it was refused, undefined once signed, or null when signed meanwhile.
   */
  private async signHead(
    manager: EntityManager,
    signer: AuditSigner,
    head: { chain: string; seq: number; headHash: string },
  ): Promise<string | null | undefined> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
      `audit-checkpoint:${head.chain}`,
    ]);
    const [row] = await manager.query<CheckpointRow[]>(LATEST_CHAIN_CHECKPOINT, [head.chain]);
    const last = row ? fromRow(row) : null;
    if (last && last.seq >= head.seq) {
      return null;
    }
    const events = this.audit.batchesWithin(manager, head.chain, last ? last.seq - 1 : 0);
    const problem = await headContinuityProblem(events, last, head);
    if (problem) {
      await manager.query(
        `INSERT INTO audit_checkpoint_refusals (id, chain, head_seq, head_hash, reason)
         VALUES ($1, $2, $3, $4, $5)`,
        [randomUUID(), head.chain, head.seq, head.headHash, problem],
      );
      return problem;
    }
    // The database's clock, as for the keys' windows: one clock for both.
    const [{ now }] = await manager.query<[{ now: Date }]>(
      "SELECT date_trunc('milliseconds', clock_timestamp()) AS now",
    );
    const checkpoint = signer.sign(head, now, last);
    await manager.query(
      `INSERT INTO audit_checkpoints (id, chain, seq, head_hash, at, kid, prev, linked, signature)
       VALUES ($1, $2, $3, $4, $5, $6, $7, true, $8)`,
      [
        randomUUID(),
        checkpoint.chain,
        checkpoint.seq,
        checkpoint.headHash,
        checkpoint.at,
        checkpoint.kid,
        checkpoint.prev,
        checkpoint.signature,
      ],
    );
    return undefined;
  }

  /** How many heads the signer has refused, ever: `audit_checkpoint_refusals_total`. */
  async refusals(): Promise<number> {
    const [row] = await this.dataSource.query<{ count: string }[]>(
      'SELECT count(*) AS count FROM audit_checkpoint_refusals',
    );
    return Number(row?.count ?? 0);
  }

  /** The chain's latest checkpoint, or null before its first. */
  async latest(chain: string): Promise<AuditCheckpoint | null> {
    const [row] = await this.query<CheckpointRow[]>(LATEST_CHAIN_CHECKPOINT, [chain]);
    return row ? fromRow(row) : null;
  }

  /** Every checkpoint of the chain, oldest first. */
  async ofChain(chain: string): Promise<AuditCheckpoint[]> {
    const rows = await this.query<CheckpointRow[]>(CHAIN_CHECKPOINTS, [chain]);
    return rows.map(fromRow);
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

  private readonly query: Query = (sql, parameters) => this.dataSource.query(sql, parameters);
}

function checkpointOf(row: AuditCheckpointEntity): AuditCheckpoint {
  return fromRow({
    chain: row.chain,
    seq: row.seq,
    headHash: row.headHash,
    at: row.at.toISOString(),
    kid: row.kid,
    prev: row.prev,
    linked: row.linked,
    signature: row.signature,
  });
}
