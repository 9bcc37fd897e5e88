import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CatalogMeasurement1795332140455 implements MigrationInterface {
  name = 'CatalogMeasurement1795332140455';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "services" DROP CONSTRAINT "fk_services_provider_area"');
    await queryRunner.query(
      'ALTER TABLE "service_consumers" DROP CONSTRAINT "fk_service_consumers_area"',
    );
    await queryRunner.query(
      'CREATE TABLE "maturity_assessments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "ratings" jsonb NOT NULL, "gaps" jsonb NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_maturity_assessments" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "service_volumes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "service_id" uuid NOT NULL, "period" character varying(7) NOT NULL, "end_customers" integer NOT NULL, "rework_rate" double precision NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_service_volumes_period" UNIQUE ("service_id", "period"), CONSTRAINT "ck_service_volumes_values" CHECK ("end_customers" >= 0 AND "rework_rate" BETWEEN 0 AND 1), CONSTRAINT "ck_service_volumes_period" CHECK ("period" ~ \'^[0-9]{4}-Q[1-4]$\'), CONSTRAINT "pk_service_volumes" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "surveys" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "period_start" date NOT NULL, "period_end" date NOT NULL, "scale_min" smallint NOT NULL, "scale_max" smallint NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_surveys_period" CHECK ("period_end" >= "period_start"), CONSTRAINT "ck_surveys_scale" CHECK ("scale_min" >= 0 AND "scale_max" > "scale_min" AND "scale_max" <= 100), CONSTRAINT "pk_surveys" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "survey_responses" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "survey_id" uuid NOT NULL, "service_id" uuid NOT NULL, "respondent_area_id" uuid NOT NULL, "score" smallint NOT NULL, "comment" text, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_survey_responses" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_survey_responses_cell" ON "survey_responses"  ("service_id", "respondent_area_id", "survey_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_survey_responses_survey_service" ON "survey_responses"  ("survey_id", "service_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "services" ADD "provider_kind" character varying(16) NOT NULL DEFAULT \'back\'',
    );
    await queryRunner.query('ALTER TABLE "services" ADD "strategy_impact" smallint');
    await queryRunner.query('ALTER TABLE "services" ADD "margins_involved" smallint');
    await queryRunner.query('ALTER TABLE "services" ADD "ease_of_transformation" smallint');
    await queryRunner.query(
      'ALTER TABLE "service_consumers" ADD "area_kind" character varying(16) NOT NULL DEFAULT \'front\'',
    );
    await queryRunner.query(
      'ALTER TABLE "services" ADD CONSTRAINT "ck_services_criteria" CHECK ("strategy_impact" BETWEEN 1 AND 5 AND "margins_involved" BETWEEN 1 AND 5 AND "ease_of_transformation" BETWEEN 1 AND 5)',
    );
    await queryRunner.query(
      'ALTER TABLE "services" ADD CONSTRAINT "ck_services_provider_kind" CHECK ("provider_kind" = \'back\')',
    );
    await queryRunner.query(
      'ALTER TABLE "service_consumers" ADD CONSTRAINT "ck_service_consumers_area_kind" CHECK ("area_kind" = \'front\')',
    );
    await queryRunner.query(
      'ALTER TABLE "areas" ADD CONSTRAINT "uq_areas_id_kind" UNIQUE ("id", "kind")',
    );
    await queryRunner.query(
      'ALTER TABLE "services" ADD CONSTRAINT "fk_services_provider_back_area" FOREIGN KEY ("provider_area_id", "provider_kind") REFERENCES "areas"("id","kind") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "service_consumers" ADD CONSTRAINT "fk_service_consumers_front_area" FOREIGN KEY ("area_id", "area_kind") REFERENCES "areas"("id","kind") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "service_volumes" ADD CONSTRAINT "fk_service_volumes_service" FOREIGN KEY ("service_id") REFERENCES "services"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "survey_responses" ADD CONSTRAINT "fk_survey_responses_survey" FOREIGN KEY ("survey_id") REFERENCES "surveys"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "survey_responses" ADD CONSTRAINT "fk_survey_responses_consumer" FOREIGN KEY ("service_id", "respondent_area_id") REFERENCES "service_consumers"("service_id","area_id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "survey_responses" DROP CONSTRAINT "fk_survey_responses_consumer"',
    );
    await queryRunner.query(
      'ALTER TABLE "survey_responses" DROP CONSTRAINT "fk_survey_responses_survey"',
    );
    await queryRunner.query(
      'ALTER TABLE "service_volumes" DROP CONSTRAINT "fk_service_volumes_service"',
    );
    await queryRunner.query(
      'ALTER TABLE "service_consumers" DROP CONSTRAINT "fk_service_consumers_front_area"',
    );
    await queryRunner.query(
      'ALTER TABLE "services" DROP CONSTRAINT "fk_services_provider_back_area"',
    );
    await queryRunner.query('ALTER TABLE "areas" DROP CONSTRAINT "uq_areas_id_kind"');
    await queryRunner.query(
      'ALTER TABLE "service_consumers" DROP CONSTRAINT "ck_service_consumers_area_kind"',
    );
    await queryRunner.query('ALTER TABLE "services" DROP CONSTRAINT "ck_services_provider_kind"');
    await queryRunner.query('ALTER TABLE "services" DROP CONSTRAINT "ck_services_criteria"');
    await queryRunner.query('ALTER TABLE "service_consumers" DROP COLUMN "area_kind"');
    await queryRunner.query('ALTER TABLE "services" DROP COLUMN "ease_of_transformation"');
    await queryRunner.query('ALTER TABLE "services" DROP COLUMN "margins_involved"');
    await queryRunner.query('ALTER TABLE "services" DROP COLUMN "strategy_impact"');
    await queryRunner.query('ALTER TABLE "services" DROP COLUMN "provider_kind"');
    await queryRunner.query('DROP INDEX "public"."ix_survey_responses_survey_service"');
    await queryRunner.query('DROP INDEX "public"."ix_survey_responses_cell"');
    await queryRunner.query('DROP TABLE "survey_responses"');
    await queryRunner.query('DROP TABLE "surveys"');
    await queryRunner.query('DROP TABLE "service_volumes"');
    await queryRunner.query('DROP TABLE "maturity_assessments"');
    await queryRunner.query(
      'ALTER TABLE "service_consumers" ADD CONSTRAINT "fk_service_consumers_area" FOREIGN KEY ("area_id") REFERENCES "areas"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "services" ADD CONSTRAINT "fk_services_provider_area" FOREIGN KEY ("provider_area_id") REFERENCES "areas"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }
}
