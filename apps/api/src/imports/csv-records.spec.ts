import { PassThrough, Readable } from 'node:stream';
import { DomainError } from '@app/domain';
import type { CsvColumns, CsvRow } from './csv-records';
import { csvRows, CsvSyntaxError } from './csv-records';

const columns: CsvColumns = { required: ['id', 'score'], optional: ['comment'] };

/** The file as the network might deliver it: in chunks of `size` bytes. */
function chunked(text: string, size = 64 * 1024): Readable {
  const bytes = Buffer.from(text, 'utf8');
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += size) {
    chunks.push(bytes.subarray(at, at + size));
  }
  return Readable.from(chunks);
}

async function readAll(source: Readable, wanted = columns): Promise<CsvRow[]> {
  const rows: CsvRow[] = [];
  for await (const row of csvRows(source, wanted)) {
    rows.push(row);
  }
  return rows;
}

async function refusal(source: Readable): Promise<unknown> {
  try {
    await readAll(source);
  } catch (error) {
    return error;
  }
  throw new Error('the file was not refused');
}

describe('csvRows', () => {
  it('reads quoted commas, quotes and line breaks, CRLF, a BOM, any column order, trimmed cells', async () => {
    const file =
      '\uFEFFscore,comment,id\r\n' +
      '4,"Quick, and kind",a\r\n' +
      ' 2 ,"said ""slow""\r\nand rude", b \r\n' +
      '5,,c\r\n';
    expect(await readAll(chunked(file))).toEqual([
      { row: 1, cells: { score: '4', comment: 'Quick, and kind', id: 'a' } },
      { row: 2, cells: { score: '2', comment: 'said "slow"\r\nand rude', id: 'b' } },
      { row: 3, cells: { score: '5', comment: '', id: 'c' } },
    ]);
  });

  it('counts data rows from 1 after the header, skipping blank lines, and takes LF too', async () => {
    const rows = await readAll(chunked('id,score\n\na,1\n\n\nb,2\nc,3'));
    expect(rows.map((row) => [row.row, row.cells?.id])).toEqual([
      [1, 'a'],
      [2, 'b'],
      [3, 'c'],
    ]);
  });

  it('reads a file delivered byte by byte, a multi-byte character split across chunks', async () => {
    const rows = await readAll(chunked('id,score,comment\nå,1,"日本, ok"\n', 1));
    expect(rows).toEqual([{ row: 1, cells: { id: 'å', score: '1', comment: '日本, ok' } }]);
  });

  it('leaves an optional column out of the header', async () => {
    expect(await readAll(chunked('id,score\na,1\n'))).toEqual([
      { row: 1, cells: { id: 'a', score: '1' } },
    ]);
  });

  it('yields a row with another number of cells as a problem of that row, and goes on', async () => {
    const rows = await readAll(chunked('id,score\na,1\nb\nc,3,extra\nd,4\n'));
    expect(rows).toEqual([
      { row: 1, cells: { id: 'a', score: '1' } },
      {
        row: 2,
        problem: { row: 2, field: 'row', message: 'has 1 cells where the header names 2 columns' },
      },
      {
        row: 3,
        problem: { row: 3, field: 'row', message: 'has 3 cells where the header names 2 columns' },
      },
      { row: 4, cells: { id: 'd', score: '4' } },
    ]);
  });

  it('refuses a header with missing, unknown or repeated columns, naming each, as row 0', async () => {
    const error = await refusal(chunked('id,scor,id,comment\na,1,a,x\n'));
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).fields).toEqual([
      {
        row: 0,
        field: 'scor',
        message: 'is not a column of this import (its columns: id, score, comment (optional))',
      },
      { row: 0, field: 'id', message: 'is named twice in the header' },
      { row: 0, field: 'score', message: 'is missing from the header' },
    ]);
  });

  it.each([
    ['nothing', ''],
    ['a byte order mark only', '\uFEFF'],
    ['blank lines only', '\r\n\r\n'],
  ])('refuses an empty file (%s)', async (_what, file) => {
    const error = await refusal(chunked(file));
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).fields).toEqual([
      {
        row: 0,
        field: 'header',
        message: 'must name the columns id, score, comment (optional)',
      },
    ]);
  });

  it('reads a header and no rows as no rows', async () => {
    expect(await readAll(chunked('id,score,comment\r\n'))).toEqual([]);
  });

  it('ends at a quoting error with the data row and column where it is', async () => {
    const error = await refusal(chunked('id,score,comment\na,1,ok\nb,2,"never closed\nc,3,x\n'));
    expect(error).toBeInstanceOf(CsvSyntaxError);
    expect((error as CsvSyntaxError).problem).toMatchObject({
      row: 2,
      field: 'comment',
      message: expect.stringMatching(/^is not valid CSV: Quote Not Closed/),
    });
  });

  it('ends at text after a closing quote, naming the row', async () => {
    const error = await refusal(chunked('id,score\na,1\nb,"2" x\n'));
    expect((error as CsvSyntaxError).problem).toMatchObject({ row: 2, field: 'score' });
  });

  it('passes on a failure of the source from before reading began (over its limit already)', async () => {
    const source = new PassThrough();
    source.destroy(new Error('too large'));
    await expect(readAll(source)).rejects.toThrow('too large');
  });

  it('passes on the source’s own failure (a body over its limit, a client gone)', async () => {
    const source = new PassThrough();
    source.write('id,score\na,1\n');
    const reading = readAll(source);
    source.destroy(new Error('too large'));
    await expect(reading).rejects.toThrow('too large');
  });
});
