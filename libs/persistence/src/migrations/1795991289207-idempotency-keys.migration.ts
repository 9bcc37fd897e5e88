import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The first use of every `Idempotency-Key`, shared by all API processes. The apps only claim keys
 * (INSERT … ON CONFLICT DO NOTHING) and read them: a claim is never changed or taken back.
 */
export class IdempotencyKeys1795991289207 implements MigrationInterface {
  name = 'IdempotencyKeys1795991289207';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "idempotency_keys" ("key" character varying(200) NOT NULL, "caller_id" character varying(200) NOT NULL, "method" character varying(16) NOT NULL, "route" text NOT NULL, "path" text NOT NULL, "body_sha256" character(64) NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_idempotency_keys" PRIMARY KEY ("key"))',
    );
    await queryRunner.query('GRANT SELECT, INSERT ON idempotency_keys TO cycles_app');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "idempotency_keys"');
  }
}
