import type { AuditCheckpoint, AuditKeyWindow, AuditPublicJwk } from '../audit/audit-checkpoint';

/** Runs one statement: on a connection of the pool, or on the one a transaction holds. */
export type Query = <T>(sql: string, parameters: unknown[]) => Promise<T>;

const CHECKPOINT_COLUMNS = `
  chain, seq, head_hash AS "headHash", to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at,
  kid, prev, linked, signature`;

/** A chain's checkpoints, oldest first. */
export const CHAIN_CHECKPOINTS = `
  SELECT ${CHECKPOINT_COLUMNS} FROM audit_checkpoints WHERE chain = $1 ORDER BY seq`;

/** A chain's latest checkpoint. */
export const LATEST_CHAIN_CHECKPOINT = `
  SELECT ${CHECKPOINT_COLUMNS} FROM audit_checkpoints WHERE chain = $1 ORDER BY seq DESC LIMIT 1`;

export interface CheckpointRow extends Omit<AuditCheckpoint, 'prev'> {
  prev: string | null;
  linked: boolean;
}

/** A checkpoint as it was signed: `prev` stated only by a linked one. */
export function fromRow({ prev, linked, ...checkpoint }: CheckpointRow): AuditCheckpoint {
  return linked ? { ...checkpoint, prev } : checkpoint;
}

/** Each key's window: from its publication until its first retirement, replaced or revoked. */
const SIGNING_KEYS = `
  SELECT k.public_jwk AS jwk, k.first_used_at AS "validFrom",
         (SELECT min(r.at) FROM audit_key_retirements r WHERE r.kid = k.kid) AS "validUntil",
         revoked.at AS "revokedAt", revoked.compromised_since AS "compromisedSince"
  FROM audit_signing_keys k
  LEFT JOIN audit_key_retirements revoked ON revoked.kid = k.kid AND revoked.kind = 'revoked'
  WHERE $1::text IS NULL OR k.kid = $1
  ORDER BY k.first_used_at, k.kid`;

/** A signing key as `GET /v1/audit/keys` lists it: the JWK and its window. */
export type SigningKey = AuditPublicJwk & AuditKeyWindow;

interface SigningKeyRow {
  jwk: AuditPublicJwk;
  validFrom: Date;
  validUntil: Date | null;
  revokedAt: Date | null;
  compromisedSince: Date | null;
}

/** Every key that ever signed (only `kid` when given), oldest first, each with its window. */
export async function signingKeys(query: Query, kid?: string): Promise<SigningKey[]> {
  const rows = await query<SigningKeyRow[]>(SIGNING_KEYS, [kid ?? null]);
  return rows.map((row) => ({
    ...row.jwk,
    validFrom: row.validFrom.toISOString(),
    validUntil: row.validUntil?.toISOString() ?? null,
    ...(row.revokedAt && row.compromisedSince
      ? {
          revokedAt: row.revokedAt.toISOString(),
          compromisedSince: row.compromisedSince.toISOString(),
        }
      : {}),
  }));
}
