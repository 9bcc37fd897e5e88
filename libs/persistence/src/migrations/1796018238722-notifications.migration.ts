import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1796018238722 implements MigrationInterface {
  name = 'Notifications1796018238722';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "outbound_messages" ("id" uuid NOT NULL, "source_key" character varying(300) NOT NULL, "type" character varying(60) NOT NULL, "cycle_id" uuid, "body" jsonb NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_outbound_messages" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_outbound_messages_source" ON "outbound_messages"  ("source_key") ',
    );
    await queryRunner.query(
      'CREATE TABLE "webhook_endpoints" ("id" uuid NOT NULL, "url" character varying(2000) NOT NULL, "events" jsonb NOT NULL, "description" character varying(500), "secret" character varying(200) NOT NULL, "previous_secret" character varying(200), "previous_secret_expires_at" TIMESTAMP(3) WITH TIME ZONE, "created_by" character varying(200) NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "pk_webhook_endpoints" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "message_deliveries" ("id" uuid NOT NULL, "seq" BIGSERIAL NOT NULL, "message_id" uuid NOT NULL, "channel" character varying(60) NOT NULL, "endpoint_id" uuid, "recipients" jsonb, "cycle_id" uuid, "status" character varying(20) NOT NULL DEFAULT \'pending\', "attempts" integer NOT NULL DEFAULT \'0\', "attempt_limit" integer NOT NULL, "next_attempt_at" TIMESTAMP(3) WITH TIME ZONE, "last_status_code" integer, "last_response" character varying(1024), "delivered_at" TIMESTAMP(3) WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_message_deliveries_status" CHECK ("status" IN (\'pending\', \'delivered\', \'failed\')), CONSTRAINT "pk_message_deliveries" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_message_deliveries_channel" ON "message_deliveries"  ("channel", "created_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_message_deliveries_waiting" ON "message_deliveries"  ("channel", "seq") WHERE "status" = \'pending\'',
    );
    await queryRunner.query(
      'ALTER TABLE "message_deliveries" ADD CONSTRAINT "fk_message_deliveries_message" FOREIGN KEY ("message_id") REFERENCES "outbound_messages"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "message_deliveries" ADD CONSTRAINT "fk_message_deliveries_endpoint" FOREIGN KEY ("endpoint_id") REFERENCES "webhook_endpoints"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    // Messages are only added; endpoints are changed (rotation, deletion) and deliveries tracked.
    await queryRunner.query('GRANT SELECT, INSERT ON outbound_messages TO cycles_app');
    await queryRunner.query('GRANT SELECT, INSERT, UPDATE ON webhook_endpoints TO cycles_app');
    await queryRunner.query('GRANT SELECT, INSERT, UPDATE ON message_deliveries TO cycles_app');
    await queryRunner.query('GRANT USAGE ON SEQUENCE message_deliveries_seq_seq TO cycles_app');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "message_deliveries" DROP CONSTRAINT "fk_message_deliveries_endpoint"',
    );
    await queryRunner.query(
      'ALTER TABLE "message_deliveries" DROP CONSTRAINT "fk_message_deliveries_message"',
    );
    await queryRunner.query('DROP INDEX "public"."ix_message_deliveries_waiting"');
    await queryRunner.query('DROP INDEX "public"."ix_message_deliveries_channel"');
    await queryRunner.query('DROP TABLE "message_deliveries"');
    await queryRunner.query('DROP TABLE "webhook_endpoints"');
    await queryRunner.query('DROP INDEX "public"."uq_outbound_messages_source"');
    await queryRunner.query('DROP TABLE "outbound_messages"');
  }
}
