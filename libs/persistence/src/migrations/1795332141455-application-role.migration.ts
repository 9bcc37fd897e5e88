import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The role the api and worker assume (DATABASE_APP_ROLE): every right they need, and on the
 * audit trail only reading and appending, so the application cannot rewrite history even with
 * the trigger out of the way.
 */
export class ApplicationRole1795332141455 implements MigrationInterface {
  name = 'ApplicationRole1795332141455';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'cycles_app') THEN
          CREATE ROLE cycles_app NOLOGIN;
        END IF;
      END $$`);
    await queryRunner.query('GRANT USAGE ON SCHEMA public TO cycles_app');
    await queryRunner.query(
      'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO cycles_app',
    );
    await queryRunner.query('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO cycles_app');
    await queryRunner.query('REVOKE UPDATE, DELETE, TRUNCATE ON audit_events FROM cycles_app');
    await queryRunner.query('REVOKE DELETE, TRUNCATE ON audit_chains FROM cycles_app');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('REVOKE ALL ON ALL TABLES IN SCHEMA public FROM cycles_app');
    await queryRunner.query('REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM cycles_app');
    await queryRunner.query('REVOKE USAGE ON SCHEMA public FROM cycles_app');
  }
}
