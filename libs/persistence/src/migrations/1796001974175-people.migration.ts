import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The people the product knows: who signed in, and who admins entered. The apps add and update
 * them, never delete (initiatives and approval policies name their ids).
 */
export class People1796001974175 implements MigrationInterface {
  name = 'People1796001974175';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "people" ("id" character varying(200) NOT NULL, "name" character varying(200), "email" character varying(320), "roles" jsonb NOT NULL DEFAULT \'[]\', "last_seen_at" TIMESTAMP(3) WITH TIME ZONE, "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_people" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('GRANT SELECT, INSERT, UPDATE ON people TO cycles_app');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "people"');
  }
}
