import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Journeys1796012953031 implements MigrationInterface {
  name = 'Journeys1796012953031';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "journeys" ("id" uuid NOT NULL, "name" character varying(200) NOT NULL, "segment" character varying(200), "stages" jsonb NOT NULL, "created_by" character varying(200) NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_journeys" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('GRANT SELECT, INSERT ON journeys TO cycles_app');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "journeys"');
  }
}
