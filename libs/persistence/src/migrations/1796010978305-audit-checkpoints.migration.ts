import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditCheckpoints1796010978305 implements MigrationInterface {
  name = 'AuditCheckpoints1796010978305';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "audit_checkpoints" ("id" uuid NOT NULL, "chain" character varying(100) NOT NULL, "seq" integer NOT NULL, "head_hash" character(64) NOT NULL, "at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "kid" character varying(100) NOT NULL, "signature" text NOT NULL, CONSTRAINT "uq_audit_checkpoints_chain_seq" UNIQUE ("chain", "seq"), CONSTRAINT "pk_audit_checkpoints" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_audit_checkpoints_at" ON "audit_checkpoints"  ("at", "id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "audit_signing_keys" ("kid" character varying(100) NOT NULL, "public_jwk" jsonb NOT NULL, "first_used_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_audit_signing_keys" PRIMARY KEY ("kid"))',
    );
    // Signed heads are evidence like the events: added, never changed or removed.
    await queryRunner.query(`
      CREATE FUNCTION audit_checkpoints_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    for (const table of ['audit_checkpoints', 'audit_signing_keys']) {
      await queryRunner.query(
        `CREATE TRIGGER tr_${table}_no_change BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION audit_checkpoints_append_only()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER tr_${table}_no_truncate BEFORE TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION audit_checkpoints_append_only()`,
      );
      await queryRunner.query(`GRANT SELECT, INSERT ON ${table} TO cycles_app`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['audit_checkpoints', 'audit_signing_keys']) {
      await queryRunner.query(`DROP TRIGGER tr_${table}_no_truncate ON ${table}`);
      await queryRunner.query(`DROP TRIGGER tr_${table}_no_change ON ${table}`);
    }
    await queryRunner.query('DROP FUNCTION audit_checkpoints_append_only()');
    await queryRunner.query('DROP TABLE "audit_signing_keys"');
    await queryRunner.query('DROP INDEX "public"."ix_audit_checkpoints_at"');
    await queryRunner.query('DROP TABLE "audit_checkpoints"');
  }
}
