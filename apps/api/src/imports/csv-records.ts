import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import type { FieldProblem } from '@app/domain';
import { DomainError, ErrorCode } from '@app/domain';

/** A problem with one row of an import: `row` counts data rows from 1; 0 is the header. */
export interface RowProblem extends FieldProblem {
  row: number;
}

/** The columns an import reads: all of `required` in its header, any of `optional`, in any order. */
export interface CsvColumns {
  required: readonly string[];
  optional: readonly string[];
}

/** One data row: its cells by column name, or why it cannot be read as a row. */
export type CsvRow =
  | { row: number; cells: Record<string, string>; problem?: undefined }
  | { row: number; cells?: undefined; problem: RowProblem };

/** A CSV file that stops being CSV at `problem.row`: nothing after it can be read. */
export class CsvSyntaxError extends Error {
  constructor(readonly problem: RowProblem) {
    super(problem.message);
    this.name = 'CsvSyntaxError';
  }
}

/** Refuses a whole file: its header, or no header at all (400 naming the columns). */
export function fileProblem(detail: string, problems: RowProblem[]): DomainError {
  return new DomainError(ErrorCode.InvalidInput, detail, problems);
}

/**
 * The data rows of a CSV stream, one at a time as they arrive (csv-parse's streaming parser):
 * never the whole file in memory. RFC 4180 quoting (commas, quotes and line breaks inside
 * quotes), CRLF or LF line ends and a UTF-8 byte order mark are understood; blank lines are
 * skipped and not counted; spaces around a cell are trimmed. The header is checked against
 * `columns` first: missing, unknown or repeated names refuse the file with a 400 naming them.
 * A row with another number of cells than the header is yielded as a problem; a quoting error
 * ends the file with a {@link CsvSyntaxError}, as nothing after it can be trusted.
 */
export async function* csvRows(source: Readable, columns: CsvColumns): AsyncGenerator<CsvRow> {
  // Records as csv-parse makes them, in order: a quoting error fails the stream before the
  // records parsed ahead of it (in the same chunk) are delivered, and those still count.
  let parsed: string[][] = [];
  let delivered = 0;
  const parser = parse({
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    trim: true,
    on_record: (record: string[]) => {
      parsed.push(record);
      return record;
    },
  });
  // The body may have failed already (over its limit before the route read it): pipeline
  // passes that on too, where pipe would wait for an end that never comes.
  pipeline(source, parser, () => undefined);
  let header: string[] | undefined;
  let row = 0;
  const next = (cells: string[]): CsvRow | undefined => {
    if (!header) {
      header = checkedHeader(cells, columns);
      return undefined;
    }
    row += 1;
    return cells.length === header.length
      ? { row, cells: Object.fromEntries(header.map((name, index) => [name, cells[index] ?? ''])) }
      : {
          row,
          problem: {
            row,
            field: 'row',
            message: `has ${cells.length} cells where the header names ${header.length} columns`,
          },
        };
  };
  try {
    for await (const cells of parser as AsyncIterable<string[]>) {
      // The same record: counted off the queue by position, which is emptied once caught up.
      delivered += 1;
      if (delivered === parsed.length) {
        parsed = [];
        delivered = 0;
      }
      const read = next(cells);
      if (read) {
        yield read;
      }
    }
  } catch (error) {
    if (!(error instanceof CsvError)) {
      throw error;
    }
    for (const cells of parsed.slice(delivered)) {
      const read = next(cells);
      if (read) {
        yield read;
      }
    }
    throw new CsvSyntaxError(syntaxProblem(error, header));
  } finally {
    parser.destroy();
  }
  if (!header) {
    throw fileProblem('The file is empty: its first line must name the columns.', [
      { row: 0, field: 'header', message: `must name the columns ${describe(columns)}` },
    ]);
  }
}

function checkedHeader(cells: string[], columns: CsvColumns): string[] {
  const known = new Set([...columns.required, ...columns.optional]);
  const problems: RowProblem[] = [];
  const seen = new Set<string>();
  for (const name of cells) {
    if (!known.has(name)) {
      problems.push({
        row: 0,
        field: name,
        message: `is not a column of this import (its columns: ${describe(columns)})`,
      });
    } else if (seen.has(name)) {
      problems.push({ row: 0, field: name, message: 'is named twice in the header' });
    }
    seen.add(name);
  }
  for (const name of columns.required) {
    if (!seen.has(name)) {
      problems.push({ row: 0, field: name, message: 'is missing from the header' });
    }
  }
  if (problems.length > 0) {
    throw fileProblem(
      `The header must name the columns ${describe(columns)}; nothing was imported.`,
      problems,
    );
  }
  return cells;
}

function describe(columns: CsvColumns): string {
  const optional = columns.optional.map((name) => `${name} (optional)`);
  return [...columns.required, ...optional].join(', ');
}

/** csv-parse counts records with the header as the first: the failing one is the next. */
function syntaxProblem(error: CsvError, header: string[] | undefined): RowProblem {
  const context = error as CsvError & { records?: number; column?: number | string };
  const records = typeof context.records === 'number' ? context.records : 0;
  const column =
    typeof context.column === 'number' ? header?.[context.column] : (context.column ?? undefined);
  return {
    row: Math.max(records, 0),
    field: column ?? 'row',
    message: `is not valid CSV: ${error.message}`,
  };
}
