import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Integrations' accounts: keys kept only as SHA-256 hashes. The apps create, read and revoke them
 * (an UPDATE of `revoked_at` and `last_used_at`); a row is never deleted, for the audit trail.
 */
export class ServiceAccounts1796002519206 implements MigrationInterface {
  name = 'ServiceAccounts1796002519206';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "service_accounts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "roles" jsonb NOT NULL, "key_sha256" character(64) NOT NULL, "created_by" character varying(200) NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "last_used_at" TIMESTAMP(3) WITH TIME ZONE, "revoked_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "uq_service_accounts_key_sha256" UNIQUE ("key_sha256"), CONSTRAINT "pk_service_accounts" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('GRANT SELECT, INSERT, UPDATE ON service_accounts TO cycles_app');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "service_accounts"');
  }
}
