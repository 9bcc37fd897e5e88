import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ApprovalRouting1796008585648 implements MigrationInterface {
  name = 'ApprovalRouting1796008585648';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "approval_policies" ("service_id" uuid NOT NULL, "version" integer NOT NULL, "approvers" jsonb NOT NULL, "quorum" integer NOT NULL, "escalate_to" jsonb NOT NULL, "set_by" character varying(200) NOT NULL, "set_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_approval_policies_quorum" CHECK ("quorum" >= 1), CONSTRAINT "pk_approval_policies" PRIMARY KEY ("service_id", "version"))',
    );
    await queryRunner.query(
      'CREATE TABLE "delegations" ("id" uuid NOT NULL, "delegator_id" character varying(200) NOT NULL, "delegate_id" character varying(200) NOT NULL, "starts_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "reason" text NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP(3) WITH TIME ZONE, "revoked_by" character varying(200), CONSTRAINT "ck_delegations_other_person" CHECK ("delegate_id" <> "delegator_id"), CONSTRAINT "ck_delegations_window" CHECK ("ends_at" > "starts_at"), CONSTRAINT "pk_delegations" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_delegations_delegate" ON "delegations"  ("delegate_id", "ends_at") WHERE "revoked_at" IS NULL',
    );
    await queryRunner.query(
      'ALTER TABLE "approval_policies" ADD CONSTRAINT "fk_approval_policies_service" FOREIGN KEY ("service_id") REFERENCES "services"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    // Policy versions are only added; a delegation is changed only to revoke it.
    await queryRunner.query('GRANT SELECT, INSERT ON approval_policies TO cycles_app');
    await queryRunner.query('GRANT SELECT, INSERT, UPDATE ON delegations TO cycles_app');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "approval_policies" DROP CONSTRAINT "fk_approval_policies_service"',
    );
    await queryRunner.query('DROP INDEX "public"."ix_delegations_delegate"');
    await queryRunner.query('DROP TABLE "delegations"');
    await queryRunner.query('DROP TABLE "approval_policies"');
  }
}
