/** Applies pending migrations to DATABASE_URL: `npm run migrate`, and the compose api's first step. */
import 'reflect-metadata';
import { loadConfig, requireSettings } from '@app/config';
import { migrateDatabase } from '@app/persistence';

async function main(): Promise<void> {
  const config = loadConfig();
  requireSettings(config, ['DATABASE_URL'], 'the database to migrate');
  const applied = await migrateDatabase(config.DATABASE_URL);
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
