import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Pruning of what only serves a while: idempotency keys, and messages every receiver accepted.
 * The app role gets no DELETE on these tables (its claims and messages stay append-only); it may
 * only call two functions that delete what the rules allow, and never anything under an hour
 * old: a bug or an injected query in the apps cannot take back a fresh key or a waiting message.
 */
export class RecordPruning1796692296073 implements MigrationInterface {
  name = 'RecordPruning1796692296073';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Pruning finds old messages by age and their deliveries by message (also the FK's check).
    await queryRunner.query(
      'CREATE INDEX "ix_outbound_messages_created" ON "outbound_messages"  ("created_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_message_deliveries_message" ON "message_deliveries"  ("message_id") ',
    );
    await queryRunner.query(`
      CREATE FUNCTION prune_idempotency_keys(older_than interval) RETURNS bigint
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
      DECLARE
        pruned bigint;
      BEGIN
        IF older_than IS NULL OR older_than < interval '1 hour' THEN
          RAISE EXCEPTION 'idempotency keys are kept at least an hour, not %', older_than
            USING ERRCODE = 'invalid_parameter_value';
        END IF;
        DELETE FROM idempotency_keys WHERE created_at < now() - older_than;
        GET DIAGNOSTICS pruned = ROW_COUNT;
        RETURN pruned;
      END
      $$`);
    // A message goes once every delivery of it was delivered before the cutoff (or it had none):
    // one waiting or failed somewhere stays, for its retries and for admins to redeliver.
    await queryRunner.query(`
      CREATE FUNCTION prune_delivered_messages(older_than interval) RETURNS bigint
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
      DECLARE
        cutoff timestamptz;
        pruned bigint;
      BEGIN
        IF older_than IS NULL OR older_than < interval '1 hour' THEN
          RAISE EXCEPTION 'delivered messages are kept at least an hour, not %', older_than
            USING ERRCODE = 'invalid_parameter_value';
        END IF;
        cutoff := now() - older_than;
        -- d.status is checked on d itself: a redelivery committed meanwhile keeps its row.
        DELETE FROM message_deliveries d USING outbound_messages m
         WHERE d.message_id = m.id AND m.created_at < cutoff
           AND d.status = 'delivered' AND d.delivered_at < cutoff
           AND NOT EXISTS (
             SELECT 1 FROM message_deliveries o
              WHERE o.message_id = m.id
                AND (o.status <> 'delivered' OR o.delivered_at IS NULL OR o.delivered_at >= cutoff));
        DELETE FROM outbound_messages m
         WHERE m.created_at < cutoff
           AND NOT EXISTS (SELECT 1 FROM message_deliveries d WHERE d.message_id = m.id);
        GET DIAGNOSTICS pruned = ROW_COUNT;
        RETURN pruned;
      END
      $$`);
    for (const fn of ['prune_idempotency_keys(interval)', 'prune_delivered_messages(interval)']) {
      await queryRunner.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
      await queryRunner.query(`GRANT EXECUTE ON FUNCTION ${fn} TO cycles_app`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION prune_delivered_messages(interval)');
    await queryRunner.query('DROP FUNCTION prune_idempotency_keys(interval)');
    await queryRunner.query('DROP INDEX "public"."ix_message_deliveries_message"');
    await queryRunner.query('DROP INDEX "public"."ix_outbound_messages_created"');
  }
}
