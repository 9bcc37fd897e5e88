import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DataSource } from 'typeorm';
import { DomainError } from '@app/domain';
import type { ChangeContext } from '../audit/audit-trail';
import { CATALOG_CHAIN } from '../audit/audit-trail';
import { StagedAuditEvents } from '../audit/staged-audit-events';
import type { WriteUnit } from '../idempotency/keyed-write';
import { openWriteUnit } from '../idempotency/keyed-write';
import { PgErrorCode, violatedConstraint } from '../postgres-errors';

/** A survey response as a CSV row gives it, checked. */
export interface ImportedResponse {
  serviceId: string;
  respondentAreaId: string;
  score: number;
  comment: string | null;
}

/** A KPI measurement as a CSV row gives it, checked. */
export interface ImportedMeasurement {
  value: number;
  measuredAt: Date;
  source: string | null;
}

/** Whether a service and an area exist, and whether the area consumes the service. */
export interface ConsumerPairCheck {
  serviceId: string;
  areaId: string;
  serviceExists: boolean;
  areaExists: boolean;
  consumes: boolean;
}

/**
 * One import: its rows written batch by batch in one transaction (its own, or the keyed write of
 * the request it serves), their audit events staged and appended to the catalog chain at commit.
 * `rollback` (or any failure) leaves nothing written.
 */
export interface BulkImport<Row> {
  /** Writes a batch of rows, in file order after those before. */
  add(rows: readonly Row[]): Promise<void>;
  /** Whether each service and area exists and the area consumes the service, in one query. */
  consumerPairs(
    pairs: readonly { serviceId: string; areaId: string }[],
  ): Promise<ConsumerPairCheck[]>;
  /** Audits every row written and commits; how many rows were written. */
  commit(): Promise<number>;
  /** Undoes every row written; safe to call after `commit` or twice. */
  rollback(): Promise<void>;
}

const INSERT_RESPONSES = `
  INSERT INTO survey_responses (id, survey_id, service_id, respondent_area_id, score, comment, created_at)
  SELECT r.id, $1, r.service_id, r.area_id, r.score, r.comment, $2
  FROM unnest($3::uuid[], $4::uuid[], $5::uuid[], $6::smallint[], $7::text[])
    AS r(id, service_id, area_id, score, comment)`;

const INSERT_MEASUREMENTS = `
  INSERT INTO kpi_measurements (id, kpi_id, value, measured_at, source, created_at)
  SELECT r.id, $1, r.value, r.measured_at, r.source, $2
  FROM unnest($3::uuid[], $4::float8[], $5::timestamptz[], $6::text[])
    AS r(id, value, measured_at, source)`;

const CONSUMER_PAIRS = `
  SELECT p.service_id AS "serviceId", p.area_id AS "areaId",
         EXISTS (SELECT 1 FROM services s WHERE s.id = p.service_id) AS "serviceExists",
         EXISTS (SELECT 1 FROM areas a WHERE a.id = p.area_id) AS "areaExists",
         EXISTS (SELECT 1 FROM service_consumers c
                 WHERE c.service_id = p.service_id AND c.area_id = p.area_id
                   AND c.removed_at IS NULL) AS "consumes"
  FROM unnest($1::uuid[], $2::uuid[]) AS p(service_id, area_id)`;

/** Writes one kind of row: its statement, and the audit event data of each row written. */
interface RowWriter<Row> {
  action: string;
  insert(
    manager: EntityManager,
    ids: string[],
    rows: readonly Row[],
    createdAt: Date,
  ): Promise<void>;
  after(id: string, row: Row, createdAt: Date): Record<string, unknown>;
}

/**
 * Bulk writes of catalog rows from a CSV import, each row audited on the catalog chain as its
 * single-row write is (same action, same `{ after }` data, plus the row of the file it came from).
 */
@Injectable()
export class BulkImportRepository {
  constructor(private readonly dataSource: DataSource) {}

  surveyResponses(surveyId: string, context: ChangeContext): Promise<BulkImport<ImportedResponse>> {
    return this.open(context, {
      action: 'survey_response_recorded',
      insert: async (manager, ids, rows, createdAt) => {
        try {
          await manager.query(INSERT_RESPONSES, [
            surveyId,
            createdAt,
            ids,
            rows.map((row) => row.serviceId),
            rows.map((row) => row.respondentAreaId),
            rows.map((row) => row.score),
            rows.map((row) => row.comment),
          ]);
        } catch (error) {
          // Checked per batch before; a consumer removed since then is a conflict, not a 500.
          if (violatedConstraint(error, PgErrorCode.ForeignKeyViolation) !== undefined) {
            throw DomainError.conflict(
              'the catalog changed during the import (a service, area or consumer went away); nothing was imported: retry',
            );
          }
          throw error;
        }
      },
      after: (id, row, createdAt) => ({ id, surveyId, ...row, createdAt }),
    });
  }

  kpiMeasurements(kpiId: string, context: ChangeContext): Promise<BulkImport<ImportedMeasurement>> {
    return this.open(context, {
      action: 'kpi_measurement_recorded',
      insert: async (manager, ids, rows, createdAt) => {
        await manager.query(INSERT_MEASUREMENTS, [
          kpiId,
          createdAt,
          ids,
          rows.map((row) => row.value),
          rows.map((row) => row.measuredAt.toISOString()),
          rows.map((row) => row.source),
        ]);
      },
      after: (id, row, createdAt) => ({ id, kpiId, ...row, createdAt }),
    });
  }

  private async open<Row>(
    context: ChangeContext,
    writer: RowWriter<Row>,
  ): Promise<BulkImport<Row>> {
    const unit = await openWriteUnit(this.dataSource);
    try {
      const events = await StagedAuditEvents.open(unit.manager);
      return new RunningImport(unit, events, writer, context);
    } catch (error) {
      await unit.undo();
      throw error;
    }
  }
}

class RunningImport<Row> implements BulkImport<Row> {
  /** Every row of one import carries the same creation time, as one transaction's rows would. */
  private readonly createdAt = new Date();
  private written = 0;

  constructor(
    private readonly unit: WriteUnit,
    private readonly events: StagedAuditEvents,
    private readonly writer: RowWriter<Row>,
    private readonly context: ChangeContext,
  ) {}

  async add(rows: readonly Row[]): Promise<void> {
    if (rows.length === 0) {
      return;
    }
    const ids = rows.map(() => randomUUID());
    await this.writer.insert(this.unit.manager, ids, rows, this.createdAt);
    await this.events.stage(
      rows.map((row, index) => {
        const id = ids[index] ?? '';
        return {
          eventKey: `${CATALOG_CHAIN}#${this.writer.action}#${id}`,
          data: {
            after: this.writer.after(id, row, this.createdAt),
            // Rows are written only while every row so far is good: the n-th written is row n.
            import: { row: this.written + index + 1 },
          },
        };
      }),
    );
    this.written += rows.length;
  }

  consumerPairs(
    pairs: readonly { serviceId: string; areaId: string }[],
  ): Promise<ConsumerPairCheck[]> {
    return this.unit.manager.query<ConsumerPairCheck[]>(CONSUMER_PAIRS, [
      pairs.map((pair) => pair.serviceId),
      pairs.map((pair) => pair.areaId),
    ]);
  }

  async commit(): Promise<number> {
    try {
      await this.events.appendTo(CATALOG_CHAIN, {
        actor: this.context.actor,
        requestId: this.context.requestId,
        action: this.writer.action,
        occurredAt: new Date(),
      });
      await this.unit.keep();
      return this.written;
    } finally {
      await this.rollback();
    }
  }

  rollback(): Promise<void> {
    return this.unit.undo();
  }
}
