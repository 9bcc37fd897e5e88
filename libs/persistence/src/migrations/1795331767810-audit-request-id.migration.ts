import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditRequestId1795331767810 implements MigrationInterface {
  name = 'AuditRequestId1795331767810';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "audit_events" ADD "request_id" character varying(100)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "audit_events" DROP COLUMN "request_id"');
  }
}
