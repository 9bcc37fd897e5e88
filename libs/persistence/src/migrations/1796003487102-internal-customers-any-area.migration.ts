import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Any area that depends on a service is its internal customer, back areas included. Existing rows
 * (all front) stay as they are; the composite key still checks each row's kind against its area.
 */
export class InternalCustomersAnyArea1796003487102 implements MigrationInterface {
  name = 'InternalCustomersAnyArea1796003487102';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "service_consumers" DROP CONSTRAINT "fk_service_consumers_front_area"',
    );
    await queryRunner.query(
      'ALTER TABLE "service_consumers" DROP CONSTRAINT "ck_service_consumers_area_kind"',
    );
    await queryRunner.query(
      `ALTER TABLE "service_consumers" ADD CONSTRAINT "ck_service_consumers_area_kind" CHECK ("area_kind" IN ('front', 'back'))`,
    );
    await queryRunner.query(
      'ALTER TABLE "service_consumers" ADD CONSTRAINT "fk_service_consumers_area_kind" FOREIGN KEY ("area_id", "area_kind") REFERENCES "areas"("id","kind") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "service_consumers" DROP CONSTRAINT "fk_service_consumers_area_kind"',
    );
    // Fails while a back area consumes a service: remove those rows first to go back.
    await queryRunner.query(
      'ALTER TABLE "service_consumers" DROP CONSTRAINT "ck_service_consumers_area_kind"',
    );
    await queryRunner.query(
      `ALTER TABLE "service_consumers" ADD CONSTRAINT "ck_service_consumers_area_kind" CHECK ("area_kind" = 'front')`,
    );
    await queryRunner.query(
      'ALTER TABLE "service_consumers" ADD CONSTRAINT "fk_service_consumers_front_area" FOREIGN KEY ("area_id", "area_kind") REFERENCES "areas"("id","kind") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }
}
