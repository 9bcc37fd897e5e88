import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MAX_REPORTED_PROBLEMS } from './import-run';

export class ImportResultView {
  @ApiProperty({ description: 'How many rows were imported: every data row of the file.' })
  imported!: number;
}

export class ImportRowProblemView {
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 0,
    description:
      'The data row, counted from 1 after the header; 0 is the header. Absent for a problem outside the file (a malformed id in the path).',
  })
  row?: number;
  @ApiProperty({ description: 'The column at fault (`row` for the row as a whole).' })
  field!: string;
  @ApiProperty()
  message!: string;
}

/** The 400 of an import: `application/problem+json` with every bad row (the first 100). */
export class ImportProblemView {
  @ApiProperty() type!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: 'integer', example: 400 }) status!: number;
  @ApiProperty({
    example: '2 of 5000 rows are not valid (3 problems); nothing was imported.',
  })
  detail!: string;
  @ApiPropertyOptional({
    type: [ImportRowProblemView],
    maxItems: MAX_REPORTED_PROBLEMS,
    description: 'Absent when the body could not be read at all (JSON sent as the file, say).',
  })
  errors?: ImportRowProblemView[];
  @ApiPropertyOptional({ description: 'The request’s path.' }) instance?: string;
  @ApiPropertyOptional({ description: 'The id its log lines carry.' }) requestId?: string;
}

/** The request body's description, shared by both import routes. */
export function csvBodyDescription(columns: string, example: string): string {
  return [
    `A CSV file (RFC 4180, UTF-8; a byte order mark, CRLF or LF line ends are fine) whose first line names the columns ${columns}, in any order; an optional column may be left out, and an empty cell of one is the field left out.`,
    'Each row is checked with exactly the rules of the single-row endpoint. The whole file is imported in one transaction, or nothing: any bad row answers 400 listing every bad row (the first ' +
      `${MAX_REPORTED_PROBLEMS} problems, in row order; the detail counts them all) and writes nothing.`,
    'A file with a header and no rows imports nothing (201, `imported: 0`); an empty file is 400. Blank lines are skipped and not counted. Streamed: up to CSV_IMPORT_MAX_BYTES (32 MiB by default; larger: 413), apart from the JSON body limit. Each imported row is one event on the catalog audit chain, as when recorded alone. A refused import wrote nothing and can be sent again. With an `Idempotency-Key`, an import retried after a lost answer (or while the first still runs) answers the first answer and imports nothing twice; the same key with another file answers 422.',
    `Example:\n\n${example.replace(/^/gm, '    ')}`,
  ].join('\n\n');
}
