import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each quarter's requests to a service and how many met its promised standard. The apps only add
 * results: a recorded quarter is never changed (409 on a second).
 */
export class ServiceStandardResults1796003999562 implements MigrationInterface {
  name = 'ServiceStandardResults1796003999562';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "service_standard_results" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "service_id" uuid NOT NULL, "period" character varying(7) NOT NULL, "requests" integer NOT NULL, "within_standard" integer NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_service_standard_results_period" UNIQUE ("service_id", "period"), CONSTRAINT "ck_service_standard_results_counts" CHECK ("requests" >= 0 AND "within_standard" >= 0 AND "within_standard" <= "requests"), CONSTRAINT "ck_service_standard_results_period" CHECK ("period" ~ \'^[0-9]{4}-Q[1-4]$\'), CONSTRAINT "pk_service_standard_results" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'ALTER TABLE "service_standard_results" ADD CONSTRAINT "fk_service_standard_results_service" FOREIGN KEY ("service_id") REFERENCES "services"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query('GRANT SELECT, INSERT ON service_standard_results TO cycles_app');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "service_standard_results" DROP CONSTRAINT "fk_service_standard_results_service"',
    );
    await queryRunner.query('DROP TABLE "service_standard_results"');
  }
}
