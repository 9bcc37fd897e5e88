import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A catalog entity's changes, found by action and entity id (`data->>'id'`) without reading the
 * whole catalog chain: what an area, service or KPI read as of a date is rebuilt from.
 */
export class CatalogChangeLookups1796694394555 implements MigrationInterface {
  name = 'CatalogChangeLookups1796694394555';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "ix_audit_events_catalog_changes" ON "audit_events" ("action", (("data"->>'id')), "seq") WHERE "chain" = 'catalog'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."ix_audit_events_catalog_changes"');
  }
}
