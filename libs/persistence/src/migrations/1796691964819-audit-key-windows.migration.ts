import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Signing keys get windows: a key ends when a newer key of its signer replaces it or an admin
 * revokes it (an append-only retirement row). Only cycles_audit_keys, a login of its own that the
 * worker uses to publish its key, may add keys: the apps' role no longer can, so whoever holds
 * the apps' login cannot slip in a key of their own. Checkpoints state their predecessor's
 * digest (`prev`, `linked`), and the heads the signer refused are kept, for /metrics.
 */
export class AuditKeyWindows1796691964819 implements MigrationInterface {
  name = 'AuditKeyWindows1796691964819';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "audit_key_retirements" ("id" uuid NOT NULL, "kid" character varying(100) NOT NULL, "kind" character varying(20) NOT NULL, "at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "reason" text, "compromised_since" TIMESTAMP(3) WITH TIME ZONE, "replaced_by" character varying(100), CONSTRAINT "uq_audit_key_retirements_kid_kind" UNIQUE ("kid", "kind"), CONSTRAINT "ck_audit_key_retirements_compromised" CHECK ("kind" = \'replaced\' OR "compromised_since" IS NOT NULL), CONSTRAINT "ck_audit_key_retirements_kind" CHECK ("kind" IN (\'replaced\', \'revoked\')), CONSTRAINT "pk_audit_key_retirements" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "audit_checkpoint_refusals" ("id" uuid NOT NULL, "chain" character varying(100) NOT NULL, "head_seq" integer NOT NULL, "head_hash" character(64) NOT NULL, "reason" text NOT NULL, "at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_audit_checkpoint_refusals" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_audit_checkpoint_refusals_at" ON "audit_checkpoint_refusals"  ("at") ',
    );
    await queryRunner.query('ALTER TABLE "audit_checkpoints" ADD "prev" character(64)');
    await queryRunner.query(
      'ALTER TABLE "audit_checkpoints" ADD "linked" boolean NOT NULL DEFAULT false',
    );
    await queryRunner.query('ALTER TABLE "audit_signing_keys" ADD "signer" character varying(200)');
    await queryRunner.query(
      'ALTER TABLE "audit_key_retirements" ADD CONSTRAINT "fk_audit_key_retirements_kid" FOREIGN KEY ("kid") REFERENCES "audit_signing_keys"("kid") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    for (const table of ['audit_key_retirements', 'audit_checkpoint_refusals']) {
      await queryRunner.query(
        `CREATE TRIGGER tr_${table}_no_change BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION audit_checkpoints_append_only()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER tr_${table}_no_truncate BEFORE TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION audit_checkpoints_append_only()`,
      );
    }
    // Created once per cluster; a concurrent migration of another database may create it first.
    await queryRunner.query(`
      DO $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'cycles_audit_keys') THEN
          CREATE ROLE cycles_audit_keys LOGIN NOSUPERUSER NOCREATEROLE NOCREATEDB NOREPLICATION NOBYPASSRLS;
        END IF;
      EXCEPTION WHEN duplicate_object OR unique_violation THEN
        NULL;
      END
      $$`);
    await queryRunner.query('GRANT USAGE ON SCHEMA public TO cycles_audit_keys');
    await queryRunner.query(
      'GRANT SELECT, INSERT ON audit_signing_keys, audit_key_retirements TO cycles_audit_keys',
    );
    await queryRunner.query('REVOKE INSERT ON audit_signing_keys FROM cycles_app');
    // Revocations come through the API; a retirement only ever takes trust away.
    await queryRunner.query('GRANT SELECT, INSERT ON audit_key_retirements TO cycles_app');
    await queryRunner.query('GRANT SELECT, INSERT ON audit_checkpoint_refusals TO cycles_app');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('GRANT INSERT ON audit_signing_keys TO cycles_app');
    await queryRunner.query(
      'REVOKE ALL ON audit_signing_keys, audit_key_retirements FROM cycles_audit_keys',
    );
    await queryRunner.query('REVOKE USAGE ON SCHEMA public FROM cycles_audit_keys');
    await queryRunner.query(
      'ALTER TABLE "audit_key_retirements" DROP CONSTRAINT "fk_audit_key_retirements_kid"',
    );
    await queryRunner.query('ALTER TABLE "audit_signing_keys" DROP COLUMN "signer"');
    await queryRunner.query('ALTER TABLE "audit_checkpoints" DROP COLUMN "linked"');
    await queryRunner.query('ALTER TABLE "audit_checkpoints" DROP COLUMN "prev"');
    await queryRunner.query('DROP INDEX "public"."ix_audit_checkpoint_refusals_at"');
    await queryRunner.query('DROP TABLE "audit_checkpoint_refusals"');
    await queryRunner.query('DROP TABLE "audit_key_retirements"');
  }
}
