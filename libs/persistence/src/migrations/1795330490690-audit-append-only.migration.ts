import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The audit trail refuses UPDATE, DELETE and TRUNCATE, whoever connects. */
export class AuditAppendOnly1795330490690 implements MigrationInterface {
  name = 'AuditAppendOnly1795330490690';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_events is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    await queryRunner.query(
      'CREATE TRIGGER tr_audit_events_no_change BEFORE UPDATE OR DELETE ON audit_events FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()',
    );
    await queryRunner.query(
      'CREATE TRIGGER tr_audit_events_no_truncate BEFORE TRUNCATE ON audit_events FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER tr_audit_events_no_truncate ON audit_events');
    await queryRunner.query('DROP TRIGGER tr_audit_events_no_change ON audit_events');
    await queryRunner.query('DROP FUNCTION audit_events_append_only()');
  }
}
