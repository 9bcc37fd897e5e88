import { Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { DomainError } from '@app/domain';
import type { ChangeContext } from '../audit/audit-trail';
import { CatalogChangeRecorder } from '../audit/catalog-change-recorder';
import { ServiceAccountEntity } from '../entities/service-account.entity';
import type { Page, PageRequest } from '../pagination';
import { inKeysetOrder, toPage } from '../pagination';

/** A service account as it signs in: enough to act as it. */
export type ActiveServiceAccount = Pick<
  ServiceAccountEntity,
  'id' | 'name' | 'roles' | 'lastUsedAt'
>;

@Injectable()
export class ServiceAccountRepository {
  private readonly catalog: CatalogChangeRecorder;

  constructor(private readonly dataSource: DataSource) {
    this.catalog = new CatalogChangeRecorder(dataSource);
  }

  /** Creates the account with the hash of its key, recorded on the catalog chain (never the key). */
  create(
    account: { name: string; roles: string[]; keySha256: string },
    context: ChangeContext,
  ): Promise<ServiceAccountEntity> {
    return this.catalog.record(context, 'service_account_created', async (manager) => {
      const saved = await manager.getRepository(ServiceAccountEntity).save({
        ...account,
        createdBy: context.actor.id,
        lastUsedAt: null,
        revokedAt: null,
      });
      const { keySha256: _hash, ...shown } = saved;
      return { result: saved, event: { key: saved.id, data: { after: shown } } };
    });
  }

  async list(page: PageRequest): Promise<Page<ServiceAccountEntity>> {
    const query = this.dataSource.getRepository(ServiceAccountEntity).createQueryBuilder('account');
    return toPage(await inKeysetOrder(query, 'account', page).getMany(), page.limit);
  }

  /** Revokes the account: its key stops working at once, in every process. 404 if unknown. */
  revoke(id: string, context: ChangeContext): Promise<void> {
    return this.catalog.record(context, 'service_account_revoked', async (manager) => {
      const accounts = manager.getRepository(ServiceAccountEntity);
      const account = await accounts.findOne({
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!account) {
        throw DomainError.notFound('service account', id);
      }
      if (account.revokedAt) {
        return { result: undefined };
      }
      account.revokedAt = new Date();
      await accounts.save(account);
      return { result: undefined, event: { key: id, data: { id, name: account.name } } };
    });
  }

  /** The account a key (by its hash) belongs to, unless revoked. */
  findActiveByKey(keySha256: string): Promise<ActiveServiceAccount | null> {
    return this.dataSource.getRepository(ServiceAccountEntity).findOne({
      where: { keySha256, revokedAt: IsNull() },
      select: { id: true, name: true, roles: true, lastUsedAt: true },
    });
  }

  /** Notes a use of the account's key; `before` keeps it to one write a minute. */
  async noteUse(id: string, before: Date): Promise<void> {
    await this.dataSource.query(
      `UPDATE service_accounts SET last_used_at = now()
       WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < $2)`,
      [id, before],
    );
  }
}
