import type { Readable } from 'node:stream';
import type { FieldProblem } from '@app/domain';
import { DomainError, ErrorCode } from '@app/domain';
import type { BulkImport } from '@app/persistence';
import type { RowProblem } from './csv-records';
import { csvRows, CsvSyntaxError } from './csv-records';
import type { RowReader } from './import-rows';

/** At most this many problems are listed in a 400; the detail counts them all. */
export const MAX_REPORTED_PROBLEMS = 100;

/** Rows checked against the database and written per batch. */
export const IMPORT_BATCH_ROWS = 1_000;

/** A checked row waiting in the current batch. */
export interface BatchRow<Row> {
  row: number;
  value: Row;
}

/** Problems only the database can find (ids that do not exist), for a batch of checked rows. */
export type BatchCheck<Row> = (
  batch: readonly BatchRow<Row>[],
) => Promise<{ row: number; problems: FieldProblem[] }[]>;

/** Every problem counted; the first {@link MAX_REPORTED_PROBLEMS} by row kept, in row order. */
export class RowProblems {
  private readonly kept: RowProblem[] = [];
  private rows = 0;
  private problems = 0;

  get any(): boolean {
    return this.problems > 0;
  }

  add(row: number, problems: readonly FieldProblem[]): void {
    if (problems.length === 0) {
      return;
    }
    this.rows += 1;
    this.problems += problems.length;
    const last = this.kept.at(-1);
    if (this.kept.length >= MAX_REPORTED_PROBLEMS && last && last.row <= row) {
      return;
    }
    this.kept.push(...problems.map(({ field, message }) => ({ row, field, message })));
    if (last && last.row > row) {
      // A batch's database problems arrive after later rows' own: keep the list in row order.
      this.kept.sort((a, b) => a.row - b.row);
    }
    this.kept.splice(MAX_REPORTED_PROBLEMS);
  }

  /** The 400 that refuses the file, `rowsRead` its data rows read. */
  toError(rowsRead: number): DomainError {
    const listed =
      this.problems > this.kept.length ? ` The first ${this.kept.length} are listed.` : '';
    const rows = this.rows === 1 ? 'rows is' : 'rows are';
    const problems = this.problems === 1 ? 'problem' : 'problems';
    return new DomainError(
      ErrorCode.InvalidInput,
      `${this.rows} of ${rowsRead} ${rows} not valid (${this.problems} ${problems}); nothing was imported.${listed}`,
      this.kept,
    );
  }
}

/**
 * Reads every row of `source`, checks it (`reader`, then `checkBatch` a batch at a time) and
 * writes the good ones a batch at a time into `session`'s transaction; once any row is bad it
 * writes no more, but keeps checking to the end so the 400 names every bad row (the first 100).
 * All rows good: the session audits them and commits. Anything else rolls back: nothing of
 * the file is written.
 */
export async function runImport<Row>(
  source: Readable,
  reader: RowReader<Row>,
  session: BulkImport<Row>,
  checkBatch?: BatchCheck<Row>,
): Promise<number> {
  const problems = new RowProblems();
  let batch: BatchRow<Row>[] = [];
  let rowsRead = 0;
  const flush = async () => {
    const current = batch;
    batch = [];
    if (current.length === 0) {
      return;
    }
    for (const found of (await checkBatch?.(current)) ?? []) {
      problems.add(found.row, found.problems);
    }
    if (!problems.any) {
      await session.add(current.map((row) => row.value));
    }
  };
  try {
    try {
      for await (const read of csvRows(source, reader.columns)) {
        rowsRead = read.row;
        const checked = read.problem ? { problems: [read.problem] } : reader.check(read.cells);
        if (checked.problems) {
          problems.add(read.row, checked.problems);
        } else {
          batch.push({ row: read.row, value: checked.value });
        }
        if (batch.length >= IMPORT_BATCH_ROWS) {
          await flush();
        }
      }
    } catch (error) {
      if (!(error instanceof CsvSyntaxError)) {
        throw error;
      }
      problems.add(error.problem.row, [error.problem]);
      rowsRead = Math.max(rowsRead, error.problem.row);
    }
    await flush();
    if (problems.any) {
      throw problems.toError(rowsRead);
    }
    return await session.commit();
  } finally {
    await session.rollback();
  }
}
