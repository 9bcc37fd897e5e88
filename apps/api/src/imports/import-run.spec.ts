import { Readable } from 'node:stream';
import { DomainError } from '@app/domain';
import type { BulkImport } from '@app/persistence';
import type { RowReader } from './import-rows';
import type { BatchCheck } from './import-run';
import { IMPORT_BATCH_ROWS, MAX_REPORTED_PROBLEMS, runImport } from './import-run';

/** Rows `n,<number>`: a number cell must be an integer. */
const reader: RowReader<number> = {
  columns: { required: ['n'], optional: [] },
  check: ({ n }) =>
    /^\d+$/.test(n ?? '')
      ? { value: Number(n) }
      : { problems: [{ field: 'n', message: 'must be a whole number' }] },
};

/** A session that keeps what it was given, as the repository's transaction would until commit. */
class RecordingImport implements BulkImport<number> {
  batches: number[][] = [];
  committed = false;
  rolledBack = false;

  add(rows: readonly number[]): Promise<void> {
    this.batches.push([...rows]);
    return Promise.resolve();
  }
  consumerPairs(): Promise<never[]> {
    return Promise.resolve([]);
  }
  commit(): Promise<number> {
    this.committed = true;
    return Promise.resolve(this.batches.flat().length);
  }
  rollback(): Promise<void> {
    this.rolledBack = !this.committed;
    return Promise.resolve();
  }
}

const file = (cells: string[]) => Readable.from([`n\n${cells.join('\n')}\n`]);
const numbers = (count: number) => Array.from({ length: count }, (_, index) => String(index + 1));

async function refusal(run: Promise<number>): Promise<DomainError> {
  try {
    await run;
  } catch (error) {
    if (error instanceof DomainError) {
      return error;
    }
    throw error;
  }
  throw new Error('the import was not refused');
}

describe('runImport', () => {
  it('writes every row a batch at a time, then commits, answering how many', async () => {
    const session = new RecordingImport();
    const count = 2 * IMPORT_BATCH_ROWS + 500;
    expect(await runImport(file(numbers(count)), reader, session)).toBe(count);
    expect(session.batches.map((batch) => batch.length)).toEqual([
      IMPORT_BATCH_ROWS,
      IMPORT_BATCH_ROWS,
      500,
    ]);
    expect(session.batches.flat()).toEqual(numbers(count).map(Number));
    expect(session.committed).toBe(true);
  });

  it('imports a header without rows as nothing, committed', async () => {
    const session = new RecordingImport();
    expect(await runImport(Readable.from(['n\r\n']), reader, session)).toBe(0);
    expect(session.committed).toBe(true);
  });

  it('stops writing at the first bad row, checks to the end, names every bad row, rolls back', async () => {
    const session = new RecordingImport();
    const cells = numbers(2 * IMPORT_BATCH_ROWS + 500);
    cells[1499] = 'x';
    cells[2399] = '-1';
    const error = await refusal(runImport(file(cells), reader, session));
    expect(error.fields).toEqual([
      { row: 1500, field: 'n', message: 'must be a whole number' },
      { row: 2400, field: 'n', message: 'must be a whole number' },
    ]);
    expect(error.message).toBe(
      `2 of ${cells.length} rows are not valid (2 problems); nothing was imported.`,
    );
    expect(session.batches.map((batch) => batch.length)).toEqual([IMPORT_BATCH_ROWS]);
    expect(session.committed).toBe(false);
    expect(session.rolledBack).toBe(true);
  });

  it(`lists the first ${MAX_REPORTED_PROBLEMS} problems in row order, database ones included, and counts all`, async () => {
    const cells = numbers(3000).map((cell, index) => (index % 20 === 0 ? 'bad' : cell));
    // The database finds a problem with row 2 only when its batch is full: after rows 3 to 1000.
    const checkBatch: BatchCheck<number> = (batch) =>
      Promise.resolve(
        batch
          .filter(({ row }) => row === 2)
          .map(({ row }) => ({ row, problems: [{ field: 'n', message: 'does not exist' }] })),
      );
    const error = await refusal(runImport(file(cells), reader, new RecordingImport(), checkBatch));
    const listed = error.fields as { row: number; field: string; message: string }[];
    expect(listed).toHaveLength(MAX_REPORTED_PROBLEMS);
    expect(listed.slice(0, 3)).toEqual([
      { row: 1, field: 'n', message: 'must be a whole number' },
      { row: 2, field: 'n', message: 'does not exist' },
      { row: 21, field: 'n', message: 'must be a whole number' },
    ]);
    expect(listed.map((problem) => problem.row)).toEqual(
      [...listed.map((problem) => problem.row)].sort((a, b) => a - b),
    );
    expect(error.message).toBe(
      '151 of 3000 rows are not valid (151 problems); nothing was imported. The first 100 are listed.',
    );
  });

  it('reports a quoting error with the problems before it, and writes nothing', async () => {
    const session = new RecordingImport();
    const error = await refusal(runImport(Readable.from(['n\n1\nx\n3\n"4\n5\n']), reader, session));
    expect(error.fields).toEqual([
      { row: 2, field: 'n', message: 'must be a whole number' },
      { row: 4, field: 'n', message: expect.stringMatching(/^is not valid CSV: Quote Not Closed/) },
    ]);
    expect(session.batches).toEqual([]);
    expect(session.rolledBack).toBe(true);
  });

  it('rolls back when the body fails midway (over its limit, a client gone)', async () => {
    const session = new RecordingImport();
    const failing = new Readable({ read() {} });
    failing.push(`n\n${numbers(1500).join('\n')}\n`);
    setImmediate(() => failing.destroy(new Error('too large')));
    await expect(runImport(failing, reader, session)).rejects.toThrow('too large');
    expect(session.committed).toBe(false);
    expect(session.rolledBack).toBe(true);
  });
});
