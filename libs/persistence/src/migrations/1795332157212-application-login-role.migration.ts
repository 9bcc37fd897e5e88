import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The apps log in as cycles_app instead of taking it with SET ROLE on the owner's login, which any
 * session can RESET. So cycles_app logs in, holds no attribute that bypasses privileges and is a
 * member of no role (the owner's included) it could SET ROLE to. The migration refuses to finish
 * otherwise. Its password, if any, is set by `migrateDatabase` (DATABASE_APP_PASSWORD).
 */
export class ApplicationLoginRole1795332157212 implements MigrationInterface {
  name = 'ApplicationLoginRole1795332157212';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DO $$
      DECLARE
        membership record;
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'cycles_app') THEN
          CREATE ROLE cycles_app LOGIN;
        ELSE
          ALTER ROLE cycles_app LOGIN;
        END IF;
        -- Only a superuser may change these; skipped when already off, as they should be.
        IF EXISTS (
          SELECT 1 FROM pg_roles WHERE rolname = 'cycles_app'
            AND (rolsuper OR rolcreaterole OR rolcreatedb OR rolreplication OR rolbypassrls)
        ) THEN
          ALTER ROLE cycles_app NOSUPERUSER NOCREATEROLE NOCREATEDB NOREPLICATION NOBYPASSRLS;
        END IF;
        FOR membership IN
          SELECT granted.rolname AS role, grantor.rolname AS grantor
          FROM pg_auth_members m
          JOIN pg_roles granted ON granted.oid = m.roleid
          JOIN pg_roles grantor ON grantor.oid = m.grantor
          WHERE m.member = 'cycles_app'::regrole
        LOOP
          EXECUTE format('REVOKE %I FROM cycles_app GRANTED BY %I', membership.role, membership.grantor);
        END LOOP;
        IF EXISTS (
          SELECT 1 FROM pg_roles r
          WHERE r.rolname <> 'cycles_app' AND pg_has_role('cycles_app', r.oid, 'MEMBER')
        ) THEN
          RAISE EXCEPTION 'cycles_app can still become another role: revoke its memberships';
        END IF;
      END $$`);
    // Migrations are the owner's business: the apps never read or write their bookkeeping.
    await queryRunner.query('REVOKE ALL ON schema_migrations FROM cycles_app');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'GRANT SELECT, INSERT, UPDATE, DELETE ON schema_migrations TO cycles_app',
    );
    await queryRunner.query('ALTER ROLE cycles_app NOLOGIN');
  }
}
