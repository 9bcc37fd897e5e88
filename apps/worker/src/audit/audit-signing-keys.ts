import type { KeyObject } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { AuditKeyPublisher, AuditSigner, AuditSigningKeyRepository } from '@app/persistence';

/** How this worker signs checkpoints, and how it publishes its key. */
export interface AuditSigningSettings {
  key: KeyObject;
  /**
   * The key to sign with once `revoked` is revoked (made and kept anew, or the one another worker
   * made). Absent for a configured key: a revoked AUDIT_SIGNING_KEY signs nothing until the
   * operator configures another.
   */
  replaceKey?: (revoked: KeyObject) => KeyObject;
  /** The workers this key signs for (their task queue): a new key there replaces the others. */
  signer: string;
  /** A login of the role that may add keys (AUDIT_KEYS_DATABASE_URL). */
  publisherUrl: string;
}

export const AUDIT_SIGNING_SETTINGS = Symbol('AUDIT_SIGNING_SETTINGS');

/** The worker's signing key: published before it signs, and replaced once an admin revokes it. */
@Injectable()
export class AuditSigningKeys {
  private readonly logger = new Logger('AuditSigningKeys');
  private readonly publisher: AuditKeyPublisher;
  private signer: AuditSigner;
  private key: KeyObject;

  constructor(
    @Inject(AUDIT_SIGNING_SETTINGS) private readonly settings: AuditSigningSettings,
    private readonly keys: AuditSigningKeyRepository,
  ) {
    this.publisher = new AuditKeyPublisher(settings.publisherUrl);
    this.key = settings.key;
    this.signer = new AuditSigner(settings.key);
  }

  /** Publishes the key (once): `GET /v1/audit/keys` lists it from then on. */
  async publish(): Promise<void> {
    await this.publisher.publish(this.signer.publicJwk, this.settings.signer);
  }

  /** The signer to sign with now, or null when this worker's key may no longer sign. */
  async signerNow(): Promise<AuditSigner | null> {
    const status = await this.keys.status(this.signer.kid);
    switch (status) {
      case 'current':
        return this.signer;
      case 'unpublished':
        await this.publish();
        return this.signer;
      case 'replaced':
        this.logger.warn(
          `audit signing key ${this.signer.kid} was replaced by a newer key of ${this.settings.signer}; this worker signs nothing until it is given that key`,
        );
        return null;
      case 'revoked':
        return this.replaceRevoked();
    }
  }

  private async replaceRevoked(): Promise<AuditSigner | null> {
    const revoked = this.signer.kid;
    if (!this.settings.replaceKey) {
      this.logger.error(
        `audit signing key ${revoked} is revoked: configure another AUDIT_SIGNING_KEY; no checkpoint is signed until then`,
      );
      return null;
    }
    this.key = this.settings.replaceKey(this.key);
    this.signer = new AuditSigner(this.key);
    await this.publish();
    this.logger.warn(
      `audit signing key ${revoked} is revoked; ${this.signer.kid} signs from now on`,
    );
    return this.signer;
  }
}
