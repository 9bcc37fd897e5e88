/**
 * Applies pending migrations to DATABASE_URL, logged in as the schema owner: `npm run migrate`, and
 * compose's migrate service. Sets DATABASE_APP_PASSWORD on the apps' login role and
 * AUDIT_KEYS_DATABASE_PASSWORD on the keys' login role when given.
 */
import 'reflect-metadata';
import { loadConfig, requireSettings } from '@app/config';
import { migrateDatabase } from '@app/persistence';

async function main(): Promise<void> {
  const config = loadConfig();
  requireSettings(config, ['DATABASE_URL'], 'the database to migrate');
  const applied = await migrateDatabase(config.DATABASE_URL, {
    appPassword: config.DATABASE_APP_PASSWORD,
    auditKeysPassword: config.AUDIT_KEYS_DATABASE_PASSWORD,
  });
  process.stdout.write(
    applied.length ? `Applied: ${applied.join(', ')}\n` : 'Schema is up to date.\n',
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `migration failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
