import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DataSource } from 'typeorm';
import { DomainError } from '@app/domain';
import type { ChangeContext } from '../audit/audit-trail';
import { CatalogChangeRecorder } from '../audit/catalog-change-recorder';
import type { SigningKey } from './audit-checkpoint-rows';
import { signingKeys } from './audit-checkpoint-rows';

/** Where a signing key stands: not yet published, signing, or ended (replaced or revoked). */
export type SigningKeyStatus = 'unpublished' | 'current' | 'replaced' | 'revoked';

/** What an admin states when revoking a key. */
export interface KeyRevocation {
  reason: string;
  /** From when its signatures are void: checkpoints at or after it fail verification. */
  compromisedSince: Date;
}

/**
 * The signing keys' status and revocation, as the apps' role sees them: it may end a key's
 * window, which only ever takes trust away, but never add a key.
 */
@Injectable()
export class AuditSigningKeyRepository {
  private readonly changes: CatalogChangeRecorder;

  constructor(private readonly dataSource: DataSource) {
    this.changes = new CatalogChangeRecorder(dataSource);
  }

  async status(kid: string): Promise<SigningKeyStatus> {
    const [key] = await keysOf(this.dataSource.manager, kid);
    if (!key) {
      return 'unpublished';
    }
    if (key.revokedAt) {
      return 'revoked';
    }
    return key.validUntil ? 'replaced' : 'current';
  }

  /**
   * Ends `kid`'s window now and voids its signatures from `compromisedSince`, on the catalog's
   * audit trail; the key as it now stands. 404 for an unknown key, 409 for one already revoked.
   */
  revoke(kid: string, revocation: KeyRevocation, context: ChangeContext): Promise<SigningKey> {
    return this.changes.record(context, 'audit_key_revoked', async (manager) => {
      // One revocation per key, even when two admins revoke it at once.
      await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
        `audit-key:${kid}`,
      ]);
      const [before] = await keysOf(manager, kid);
      if (!before) {
        throw DomainError.notFound('Signing key', kid);
      }
      if (before.revokedAt) {
        throw DomainError.conflict(`Signing key ${kid} was revoked at ${before.revokedAt}`);
      }
      await manager.query(
        `INSERT INTO audit_key_retirements (id, kid, kind, at, reason, compromised_since)
         VALUES ($1, $2, 'revoked', date_trunc('milliseconds', clock_timestamp()), $3, $4)`,
        [randomUUID(), kid, revocation.reason, revocation.compromisedSince],
      );
      const [after] = (await keysOf(manager, kid)) as [SigningKey];
      return {
        result: after,
        event: {
          key: kid,
          data: {
            kid,
            reason: revocation.reason,
            compromisedSince: after.compromisedSince,
            before: { validUntil: before.validUntil },
            after: { validUntil: after.validUntil, revokedAt: after.revokedAt },
          },
        },
      };
    });
  }
}

function keysOf(manager: EntityManager, kid: string): Promise<SigningKey[]> {
  return signingKeys((sql, parameters) => manager.query(sql, parameters), kid);
}
