import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The cycle state's reminders-and-escalations list is called `escalations`, as in the API's view
 * and the evidence document; it was `notices`. Renames the key in the projection's `detail`.
 * Where a row already has both (a change merged by an upgraded worker), `escalations` is newer.
 */
export class CycleEscalationsKey1795991300000 implements MigrationInterface {
  name = 'CycleEscalationsKey1795991300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      UPDATE cycles
         SET detail = (detail - 'notices')
             || jsonb_build_object('escalations', COALESCE(detail->'escalations', detail->'notices'))
       WHERE detail ? 'notices'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      UPDATE cycles
         SET detail = (detail - 'escalations') || jsonb_build_object('notices', detail->'escalations')
       WHERE detail ? 'escalations'`);
  }
}
