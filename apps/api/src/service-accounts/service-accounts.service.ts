import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Role } from '@app/domain';
import { serviceAccountActorId } from '@app/domain';
import type { ChangeContext, ServiceAccountEntity } from '@app/persistence';
import { ServiceAccountRepository } from '@app/persistence';
import type { PageRequest } from '@app/persistence';
import type { AuthenticatedUser } from '../auth/authenticated-user';

/** Every service account key starts with this, so it is told from a JWT at a glance. */
export const SERVICE_ACCOUNT_KEY_PREFIX = 'ica_';

/** `lastUsedAt` is kept to this precision: one write a minute at most, not one a request. */
const LAST_USED_PRECISION_MS = 60_000;

const sha256 = (key: string): string => createHash('sha256').update(key, 'utf8').digest('hex');

@Injectable()
export class ServiceAccountsService {
  constructor(private readonly accounts: ServiceAccountRepository) {}

  /** Creates an account and its key: the key is in this answer and nowhere else, ever. */
  async create(
    input: { name: string; roles: Role[] },
    change: ChangeContext,
  ): Promise<{ account: ServiceAccountEntity; key: string }> {
    // 256 random bits: a SHA-256 of them is as safe to keep as a slow hash, and found by index.
    const key = `${SERVICE_ACCOUNT_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
    const account = await this.accounts.create({ ...input, keySha256: sha256(key) }, change);
    return { account, key };
  }

  list(page: PageRequest) {
    return this.accounts.list(page);
  }

  revoke(id: string, change: ChangeContext): Promise<void> {
    return this.accounts.revoke(id, change);
  }

  /** The account a key signs in as; undefined for a key unknown or revoked. */
  async authenticate(key: string): Promise<AuthenticatedUser | undefined> {
    const account = await this.accounts.findActiveByKey(sha256(key));
    if (!account) {
      return undefined;
    }
    const now = Date.now();
    if (!account.lastUsedAt || now - account.lastUsedAt.getTime() >= LAST_USED_PRECISION_MS) {
      await this.accounts.noteUse(account.id, new Date(now - LAST_USED_PRECISION_MS));
    }
    return {
      id: serviceAccountActorId(account.id),
      name: account.name,
      roles: account.roles as Role[],
    };
  }
}
