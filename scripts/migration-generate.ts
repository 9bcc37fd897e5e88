/**
 * Writes a migration with the SQL that brings a freshly migrated database in line with the
 * entities. Usage: npm run migration:generate -- <PascalCaseName>
 * Uses DATABASE_URL's server to create (and drop) a scratch database.
 */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions, pendingSchemaChanges, revertSchemaChanges } from '@app/persistence';
import { createScratchDatabase } from '@app/local-stack';

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    throw new Error('usage: npm run migration:generate -- <PascalCaseName>');
  }
  const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const scratch = await createScratchDatabase(serverUrl, 'migration_gen');
  const dataSource = new DataSource(dataSourceOptions({ url: scratch.url }));
  try {
    await dataSource.initialize();
    await dataSource.runMigrations();
    const up = await pendingSchemaChanges(dataSource);
    if (up.length === 0) {
      process.stdout.write('The entities match the migrations: nothing to generate.\n');
      return;
    }
    const down = await revertSchemaChanges(dataSource);
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const lines = (queries: string[]) =>
      queries.map((q) => `    await queryRunner.query(${JSON.stringify(q)});`).join('\n');
    const file = join(
      'libs/persistence/src/migrations',
      `${timestamp}-${kebab(name)}.migration.ts`,
    );
    writeFileSync(
      file,
      `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${lines(up)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${lines(down)}
  }
}
`,
    );
    process.stdout.write(`Wrote ${file}; add ${className} to migrations/index.ts.\n`);
  } finally {
    await dataSource.destroy().catch(() => undefined);
    await scratch.drop();
  }
}

function kebab(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
