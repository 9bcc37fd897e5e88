import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { IdempotencyKeyEntity } from '../entities/idempotency-key.entity';

/** One use of an `Idempotency-Key`: the key and what it was sent with. */
export type IdempotencyKeyUse = Pick<
  IdempotencyKeyEntity,
  'key' | 'callerId' | 'method' | 'route' | 'path' | 'bodySha256'
>;

@Injectable()
export class IdempotencyKeyRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Records `use` as the key's first use unless the key has one already, and returns the first
   * use. Two statements, not one: a row committed by a concurrent claim after this statement's
   * snapshot is invisible to the same statement, but the SELECT after the INSERT (which waited
   * for that claim to commit) sees it, in every API process.
   */
  async claim(use: IdempotencyKeyUse): Promise<IdempotencyKeyUse> {
    await this.dataSource.query(
      `INSERT INTO idempotency_keys (key, caller_id, method, route, path, body_sha256)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (key) DO NOTHING`,
      [use.key, use.callerId, use.method, use.route, use.path, use.bodySha256],
    );
    const first = await this.dataSource.getRepository(IdempotencyKeyEntity).findOne({
      where: { key: use.key },
      select: {
        key: true,
        callerId: true,
        method: true,
        route: true,
        path: true,
        bodySha256: true,
      },
    });
    if (!first) {
      throw new Error(`idempotency key ${use.key} was neither recorded nor found`);
    }
    return first;
  }
}
