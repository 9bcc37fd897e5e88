import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { IdempotencyKeyEntity } from '../entities/idempotency-key.entity';
import { KeyedWrite } from '../idempotency/keyed-write';

/** One use of an `Idempotency-Key`: the key as sent, and what it was sent with. */
export interface IdempotencyKeyUse {
  key: string;
  callerId: string;
  method: string;
  route: string;
  path: string;
  bodySha256: string;
}

/** What a key's first use recorded: who, where and with which body, and its sealed answer. */
export type IdempotencyKeyFirstUse = Omit<IdempotencyKeyUse, 'key'> & { answer: Buffer | null };

/** How a key is kept: its SHA-256 (hex), never the key itself. */
export const idempotencyKeyDigest = (key: string): string =>
  createHash('sha256').update(key, 'utf8').digest('hex');

const INSERT_FIRST_USE = `
  INSERT INTO idempotency_keys (key_sha256, caller_id, method, route, path, body_sha256, answer)
  VALUES ($1, $2, $3, $4, $5, $6, $7)
  ON CONFLICT (key_sha256) DO NOTHING
  RETURNING true AS recorded`;

@Injectable()
export class IdempotencyKeyRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Records `use` as the key's first use unless the key has one already, and returns the first
   * use. Two statements, not one: a row committed by a concurrent claim after this statement's
   * snapshot is invisible to the same statement, but the SELECT after the INSERT (which waited
   * for that claim to commit) sees it, in every API process.
   */
  async claim(use: IdempotencyKeyUse): Promise<IdempotencyKeyFirstUse> {
    await this.dataSource.query(INSERT_FIRST_USE, [...firstUseRow(use), null]);
    const first = await this.firstUse(use.key);
    if (!first) {
      throw new Error('an idempotency key was neither recorded nor found');
    }
    return first;
  }

  /** The key's first use, if it has one (committed). */
  async firstUse(key: string): Promise<IdempotencyKeyFirstUse | undefined> {
    const row = await this.dataSource.getRepository(IdempotencyKeyEntity).findOne({
      where: { keySha256: idempotencyKeyDigest(key) },
      select: {
        callerId: true,
        method: true,
        route: true,
        path: true,
        bodySha256: true,
        answer: true,
      },
    });
    if (!row) {
      return undefined;
    }
    const { callerId, method, route, path, bodySha256, answer } = row;
    return { callerId, method, route, path, bodySha256, answer };
  }

  /** A transaction for the writes of a request sent with a key, ended by {@link commitFirstUse}. */
  keyedWrite(): KeyedWrite {
    return new KeyedWrite(this.dataSource);
  }

  /**
   * Records `use` with its sealed `answer` in `write`'s transaction and commits it all, unless the
   * key has a first use already (another request took it meanwhile: it then waited here for that
   * one to end): then all of `write` is rolled back. Whether it committed.
   */
  commitFirstUse(write: KeyedWrite, use: IdempotencyKeyUse, answer: Buffer): Promise<boolean> {
    return write.end(async (manager) => {
      const recorded = await manager.query<{ recorded: boolean }[]>(INSERT_FIRST_USE, [
        ...firstUseRow(use),
        answer,
      ]);
      return recorded.length === 1;
    });
  }
}

function firstUseRow(use: IdempotencyKeyUse): string[] {
  const { key, callerId, method, route, path, bodySha256 } = use;
  return [idempotencyKeyDigest(key), callerId, method, route, path, bodySha256];
}
