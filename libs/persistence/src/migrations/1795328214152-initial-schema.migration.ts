import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1795328214152 implements MigrationInterface {
  name = 'InitialSchema1795328214152';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "areas" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "kind" character varying(16) NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_areas_name" UNIQUE ("name"), CONSTRAINT "ck_areas_kind" CHECK ("kind" IN (\'front\', \'back\')), CONSTRAINT "pk_areas" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "services" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "description" text, "provider_area_id" uuid NOT NULL, "standard_description" text, "standard_response_time_hours" double precision, "critical" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_services_name" UNIQUE ("name"), CONSTRAINT "pk_services" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_services_provider_area" ON "services"  ("provider_area_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "cycles" ("id" uuid NOT NULL, "workflow_id" character varying(100) NOT NULL, "service_id" uuid NOT NULL, "stage" character varying(32) NOT NULL, "status" character varying(32) NOT NULL, "policy" jsonb NOT NULL, "previous_cycle_id" uuid, "started_by" character varying(200) NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_cycles_workflow_id" UNIQUE ("workflow_id"), CONSTRAINT "ck_cycles_status" CHECK ("status" IN (\'in_progress\', \'awaiting_approval\', \'closed\', \'cancelled\')), CONSTRAINT "ck_cycles_stage" CHECK ("stage" IN (\'gap_identification\', \'root_cause_analysis\', \'initiative_planning\', \'execution_monitoring\', \'re_evaluation\', \'closed\', \'cancelled\')), CONSTRAINT "pk_cycles" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_cycles_stage_status" ON "cycles"  ("stage", "status") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_cycles_active_service" ON "cycles"  ("service_id") WHERE "status" IN (\'in_progress\', \'awaiting_approval\')',
    );
    await queryRunner.query(
      'CREATE TABLE "service_consumers" ("service_id" uuid NOT NULL, "area_id" uuid NOT NULL, CONSTRAINT "pk_service_consumers" PRIMARY KEY ("service_id", "area_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_service_consumers_area" ON "service_consumers"  ("area_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "services" ADD CONSTRAINT "fk_services_provider_area" FOREIGN KEY ("provider_area_id") REFERENCES "areas"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "cycles" ADD CONSTRAINT "fk_cycles_service" FOREIGN KEY ("service_id") REFERENCES "services"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "cycles" ADD CONSTRAINT "fk_cycles_previous_cycle" FOREIGN KEY ("previous_cycle_id") REFERENCES "cycles"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "service_consumers" ADD CONSTRAINT "fk_service_consumers_service" FOREIGN KEY ("service_id") REFERENCES "services"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "service_consumers" ADD CONSTRAINT "fk_service_consumers_area" FOREIGN KEY ("area_id") REFERENCES "areas"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "service_consumers" DROP CONSTRAINT "fk_service_consumers_area"',
    );
    await queryRunner.query(
      'ALTER TABLE "service_consumers" DROP CONSTRAINT "fk_service_consumers_service"',
    );
    await queryRunner.query('ALTER TABLE "cycles" DROP CONSTRAINT "fk_cycles_previous_cycle"');
    await queryRunner.query('ALTER TABLE "cycles" DROP CONSTRAINT "fk_cycles_service"');
    await queryRunner.query('ALTER TABLE "services" DROP CONSTRAINT "fk_services_provider_area"');
    await queryRunner.query('DROP INDEX "public"."ix_service_consumers_area"');
    await queryRunner.query('DROP TABLE "service_consumers"');
    await queryRunner.query('DROP INDEX "public"."uq_cycles_active_service"');
    await queryRunner.query('DROP INDEX "public"."ix_cycles_stage_status"');
    await queryRunner.query('DROP TABLE "cycles"');
    await queryRunner.query('DROP INDEX "public"."ix_services_provider_area"');
    await queryRunner.query('DROP TABLE "services"');
    await queryRunner.query('DROP TABLE "areas"');
  }
}
