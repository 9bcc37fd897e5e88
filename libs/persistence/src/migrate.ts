import { createHash, createHmac, pbkdf2Sync, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

/** The role the apps log in as; created by the migrations. */
export const APP_ROLE = 'cycles_app';

/** The role that alone may add audit signing keys; created by the migrations. */
export const AUDIT_KEYS_ROLE = 'cycles_audit_keys';

export interface MigrateOptions {
  /** Set as the app role's password (DATABASE_APP_PASSWORD); unchanged when omitted. */
  appPassword?: string;
  /** Set as the keys role's password (AUDIT_KEYS_DATABASE_PASSWORD); unchanged when omitted. */
  auditKeysPassword?: string;
}

/**
 * The SCRAM-SHA-256 verifier PostgreSQL stores for a password (RFC 5802/7677), so the password
 * itself never reaches the server or its statement log. ASCII passwords only: PostgreSQL would
 * SASLprep-normalise others.
 */
export function scramSha256Verifier(
  password: string,
  salt: Buffer = randomBytes(16),
  iterations = 4096,
): string {
  const salted = pbkdf2Sync(password, salt, iterations, 32, 'sha256');
  const clientKey = createHmac('sha256', salted).update('Client Key').digest();
  const storedKey = createHash('sha256').update(clientKey).digest();
  const serverKey = createHmac('sha256', salted).update('Server Key').digest();
  const b64 = (bytes: Buffer) => bytes.toString('base64');
  return `SCRAM-SHA-256$${iterations}:${b64(salt)}$${b64(storedKey)}:${b64(serverKey)}`;
}

/** Applies every pending migration, as the schema owner; returns the names applied. */
export async function migrateDatabase(
  url: string,
  options: MigrateOptions = {},
): Promise<string[]> {
  const dataSource = new DataSource({ ...dataSourceOptions({ url, poolSize: 1 }), logging: false });
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    if (options.appPassword) {
      // Base64, digits, '$' and ':' only: safe inside the literal.
      await dataSource.query(
        `ALTER ROLE ${APP_ROLE} PASSWORD '${scramSha256Verifier(options.appPassword)}'`,
      );
    }
    if (options.auditKeysPassword) {
      await dataSource.query(
        `ALTER ROLE ${AUDIT_KEYS_ROLE} PASSWORD '${scramSha256Verifier(options.auditKeysPassword)}'`,
      );
    }
    return applied.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}
