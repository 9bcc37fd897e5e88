import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1795330489690 implements MigrationInterface {
  name = 'InitialSchema1795330489690';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "audit_events" ("chain" character varying(100) NOT NULL, "seq" integer NOT NULL, "event_key" character varying(200) NOT NULL, "cycle_id" uuid, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "actor_id" character varying(200) NOT NULL, "actor_roles" jsonb NOT NULL, "action" character varying(64) NOT NULL, "stage" character varying(32), "data" jsonb NOT NULL, "prev_hash" character(64) NOT NULL, "hash" character(64) NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_audit_events_event_key" UNIQUE ("event_key"), CONSTRAINT "pk_audit_events" PRIMARY KEY ("chain", "seq"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_audit_events_cycle" ON "audit_events"  ("cycle_id", "seq") ',
    );
    await queryRunner.query(
      'CREATE TABLE "areas" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "kind" character varying(16) NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_areas_name" UNIQUE ("name"), CONSTRAINT "ck_areas_kind" CHECK ("kind" IN (\'front\', \'back\')), CONSTRAINT "pk_areas" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "audit_chains" ("chain" character varying(100) NOT NULL, "head_seq" integer NOT NULL, "head_hash" character(64) NOT NULL, CONSTRAINT "pk_audit_chains" PRIMARY KEY ("chain"))',
    );
    await queryRunner.query(
      'CREATE TABLE "services" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "description" text, "provider_area_id" uuid NOT NULL, "standard_description" text, "standard_response_time_hours" double precision, "critical" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_services_name" UNIQUE ("name"), CONSTRAINT "pk_services" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_services_provider_area" ON "services"  ("provider_area_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "cycles" ("id" uuid NOT NULL, "workflow_id" character varying(100) NOT NULL, "service_id" uuid NOT NULL, "stage" character varying(32) NOT NULL, "status" character varying(32) NOT NULL, "policy" jsonb NOT NULL, "previous_cycle_id" uuid, "awaiting_since" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT \'0\', "detail" jsonb NOT NULL, "started_by" character varying(200) NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_cycles_workflow_id" UNIQUE ("workflow_id"), CONSTRAINT "ck_cycles_status" CHECK ("status" IN (\'in_progress\', \'awaiting_approval\', \'closed\', \'cancelled\')), CONSTRAINT "ck_cycles_stage" CHECK ("stage" IN (\'gap_identification\', \'root_cause_analysis\', \'initiative_planning\', \'execution_monitoring\', \'re_evaluation\', \'closed\', \'cancelled\')), CONSTRAINT "pk_cycles" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_cycles_awaiting_since" ON "cycles"  ("awaiting_since") WHERE "awaiting_since" IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_cycles_stage_status" ON "cycles"  ("stage", "status") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_cycles_active_service" ON "cycles"  ("service_id") WHERE "status" IN (\'in_progress\', \'awaiting_approval\')',
    );
    await queryRunner.query(
      'CREATE TABLE "kpis" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "service_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "unit" character varying(50) NOT NULL, "direction" character varying(20) NOT NULL, "baseline" double precision NOT NULL, "target" double precision NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_kpis_direction" CHECK ("direction" IN (\'higher_is_better\', \'lower_is_better\')), CONSTRAINT "pk_kpis" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_kpis_service" ON "kpis"  ("service_id") ');
    await queryRunner.query(
      'CREATE TABLE "kpi_measurements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kpi_id" uuid NOT NULL, "value" double precision NOT NULL, "measured_at" TIMESTAMP WITH TIME ZONE NOT NULL, "source" character varying(200), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_kpi_measurements" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_kpi_measurements_kpi_time" ON "kpi_measurements"  ("kpi_id", "measured_at") ',
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
      'ALTER TABLE "kpis" ADD CONSTRAINT "fk_kpis_service" FOREIGN KEY ("service_id") REFERENCES "services"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "kpi_measurements" ADD CONSTRAINT "fk_kpi_measurements_kpi" FOREIGN KEY ("kpi_id") REFERENCES "kpis"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
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
    await queryRunner.query(
      'ALTER TABLE "kpi_measurements" DROP CONSTRAINT "fk_kpi_measurements_kpi"',
    );
    await queryRunner.query('ALTER TABLE "kpis" DROP CONSTRAINT "fk_kpis_service"');
    await queryRunner.query('ALTER TABLE "cycles" DROP CONSTRAINT "fk_cycles_previous_cycle"');
    await queryRunner.query('ALTER TABLE "cycles" DROP CONSTRAINT "fk_cycles_service"');
    await queryRunner.query('ALTER TABLE "services" DROP CONSTRAINT "fk_services_provider_area"');
    await queryRunner.query('DROP INDEX "public"."ix_service_consumers_area"');
    await queryRunner.query('DROP TABLE "service_consumers"');
    await queryRunner.query('DROP INDEX "public"."ix_kpi_measurements_kpi_time"');
    await queryRunner.query('DROP TABLE "kpi_measurements"');
    await queryRunner.query('DROP INDEX "public"."ix_kpis_service"');
    await queryRunner.query('DROP TABLE "kpis"');
    await queryRunner.query('DROP INDEX "public"."uq_cycles_active_service"');
    await queryRunner.query('DROP INDEX "public"."ix_cycles_stage_status"');
    await queryRunner.query('DROP INDEX "public"."ix_cycles_awaiting_since"');
    await queryRunner.query('DROP TABLE "cycles"');
    await queryRunner.query('DROP INDEX "public"."ix_services_provider_area"');
    await queryRunner.query('DROP TABLE "services"');
    await queryRunner.query('DROP TABLE "audit_chains"');
    await queryRunner.query('DROP TABLE "areas"');
    await queryRunner.query('DROP INDEX "public"."ix_audit_events_cycle"');
    await queryRunner.query('DROP TABLE "audit_events"');
  }
}
