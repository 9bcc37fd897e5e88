import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A catalog that can be edited: areas, services, KPIs and journeys carry a version (every row
 * already written is version 1), services can be retired, and a consumer area removed from a
 * service keeps its row (and so its past survey responses). Journeys become editable by the app.
 */
export class CatalogVersions1796694047653 implements MigrationInterface {
  name = 'CatalogVersions1796694047653';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "areas" ADD "version" integer NOT NULL DEFAULT \'1\'');
    await queryRunner.query('ALTER TABLE "services" ADD "version" integer NOT NULL DEFAULT \'1\'');
    await queryRunner.query('ALTER TABLE "services" ADD "retired_at" TIMESTAMP(3) WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "services" ADD "retired_reason" text');
    await queryRunner.query('ALTER TABLE "journeys" ADD "version" integer NOT NULL DEFAULT \'1\'');
    await queryRunner.query('ALTER TABLE "kpis" ADD "version" integer NOT NULL DEFAULT \'1\'');
    await queryRunner.query(
      'ALTER TABLE "service_consumers" ADD "removed_at" TIMESTAMP(3) WITH TIME ZONE',
    );
    await queryRunner.query(
      'ALTER TABLE "services" ADD CONSTRAINT "ck_services_retired" CHECK (("retired_at" IS NULL) = ("retired_reason" IS NULL))',
    );
    await queryRunner.query('GRANT UPDATE ON journeys TO cycles_app');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('REVOKE UPDATE ON journeys FROM cycles_app');
    await queryRunner.query('ALTER TABLE "services" DROP CONSTRAINT "ck_services_retired"');
    await queryRunner.query('ALTER TABLE "service_consumers" DROP COLUMN "removed_at"');
    await queryRunner.query('ALTER TABLE "kpis" DROP COLUMN "version"');
    await queryRunner.query('ALTER TABLE "journeys" DROP COLUMN "version"');
    await queryRunner.query('ALTER TABLE "services" DROP COLUMN "retired_reason"');
    await queryRunner.query('ALTER TABLE "services" DROP COLUMN "retired_at"');
    await queryRunner.query('ALTER TABLE "services" DROP COLUMN "version"');
    await queryRunner.query('ALTER TABLE "areas" DROP COLUMN "version"');
  }
}
