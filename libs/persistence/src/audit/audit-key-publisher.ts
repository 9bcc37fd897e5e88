import { Client } from 'pg';
import type { AuditPublicJwk } from './audit-checkpoint';

/**
 * Publishes a worker's signing key through a login of cycles_audit_keys (the one role that may add keys), a connection of
 * its own opened only for this: whoever holds just the apps' login cannot add a key.
 */
export class AuditKeyPublisher {
  constructor(private readonly databaseUrl: string) {}

  /**
   * Adds `jwk` for `signer` (the workers it signs for) when it is new, and ends the window of
   * every other key still signing for them: a key stops signing when another replaces it.
   * Publishing a key again changes nothing. Returns whether the key is new.
   */
  async publish(jwk: AuditPublicJwk, signer: string): Promise<boolean> {
    const client = new Client({ connectionString: this.databaseUrl });
    await client.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
        `audit-signer:${signer}`,
      ]);
      const inserted = await client.query(
        `INSERT INTO audit_signing_keys (kid, public_jwk, first_used_at, signer)
         VALUES ($1, $2, date_trunc('milliseconds', clock_timestamp()), $3)
         ON CONFLICT (kid) DO NOTHING RETURNING first_used_at`,
        [jwk.kid, JSON.stringify(jwk), signer],
      );
      const isNew = inserted.rowCount === 1;
      if (isNew) {
        // Keys published before signers were named belong to whichever signer comes next.
        await client.query(
          `INSERT INTO audit_key_retirements (id, kid, kind, at, replaced_by)
           SELECT gen_random_uuid(), k.kid, 'replaced', $2, $1::varchar
           FROM audit_signing_keys k
           WHERE k.kid <> $1::varchar AND (k.signer = $3 OR k.signer IS NULL)
             AND NOT EXISTS (SELECT 1 FROM audit_key_retirements r WHERE r.kid = k.kid)`,
          [jwk.kid, (inserted.rows[0] as { first_used_at: Date }).first_used_at, signer],
        );
      }
      await client.query('COMMIT');
      return isNew;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      await client.end();
    }
  }
}
