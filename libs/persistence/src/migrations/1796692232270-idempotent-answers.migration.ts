import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Creating requests keep their first answer with their Idempotency-Key, to answer a retry with it.
 * Such an answer may hold a secret shown once (a service account's key, a webhook's secret), so
 * the table stops holding keys in clear: each becomes its SHA-256, and the answer is sealed with
 * a key derived from the Idempotency-Key itself (by the API). The app role keeps SELECT and
 * INSERT: a key, its use and its answer are written together, once.
 */
export class IdempotentAnswers1796692232270 implements MigrationInterface {
  name = 'IdempotentAnswers1796692232270';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "idempotency_keys" RENAME COLUMN "key" TO "key_sha256"');
    await queryRunner.query(
      `UPDATE "idempotency_keys" SET "key_sha256" = encode(sha256(convert_to("key_sha256", 'UTF8')), 'hex')`,
    );
    await queryRunner.query(
      'ALTER TABLE "idempotency_keys" ALTER COLUMN "key_sha256" TYPE character(64)',
    );
    await queryRunner.query('ALTER TABLE "idempotency_keys" ADD "answer" bytea');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // The keys stay hashed: a hash does not give its key back.
    await queryRunner.query('ALTER TABLE "idempotency_keys" DROP COLUMN "answer"');
    await queryRunner.query(
      'ALTER TABLE "idempotency_keys" ALTER COLUMN "key_sha256" TYPE character varying(200)',
    );
    await queryRunner.query('ALTER TABLE "idempotency_keys" RENAME COLUMN "key_sha256" TO "key"');
  }
}
