import { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import type { AuditCheckpoint, AuditRecord } from '@app/persistence';

export type HistoryFormat = 'json' | 'csv';

/** A chain's events as a body to stream, with the headers that describe it. */
export interface HistoryExport {
  contentType: string;
  /** Set for a download (CSV). */
  filename?: string;
  body: Readable;
}

/** The events as `{ items }` JSON or, for a download named `filename`, as CSV; streamed. */
export function historyExport(
  batches: AsyncIterable<AuditRecord[]>,
  format: HistoryFormat,
  filename: string,
): HistoryExport {
  return format === 'csv'
    ? {
        contentType: 'text/csv; charset=utf-8',
        filename,
        body: Readable.from(historyAsCsv(batches)),
      }
    : {
        contentType: 'application/json; charset=utf-8',
        body: Readable.from(historyAsJson(batches)),
      };
}

/** Sends an export: never cached, a download when it has a file name. */
export async function sendHistory(reply: FastifyReply, history: HistoryExport): Promise<void> {
  void reply.header('cache-control', 'no-store').header('content-type', history.contentType);
  if (history.filename) {
    void reply.header('content-disposition', `attachment; filename="${history.filename}"`);
  }
  await reply.send(history.body);
}

const CSV_COLUMNS = [
  'seq',
  'occurredAt',
  'cycleId',
  'actorId',
  'actorRoles',
  'action',
  'stage',
  'data',
  'requestId',
  'prevHash',
  'hash',
];

/** One RFC 4180 field: quoted when it holds a comma, quote, CR or LF; quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * A cell a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) gets a leading
 * single quote, so it is shown as text (OWASP's advice against CSV injection).
 */
export function neutralizeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function csvRow(event: AuditRecord): string {
  return [
    String(event.seq),
    event.occurredAt,
    event.cycleId ?? '',
    event.actor.id,
    event.actor.roles.join(';'),
    event.action,
    event.stage ?? '',
    JSON.stringify(event.data),
    event.requestId ?? '',
    event.prevHash,
    event.hash,
  ]
    .map((cell) => csvField(neutralizeFormula(cell)))
    .join(',');
}

/** CSV text, a header line then one line per event, CRLF-terminated, batch by batch. */
export async function* historyAsCsv(batches: AsyncIterable<AuditRecord[]>): AsyncGenerator<string> {
  yield `${CSV_COLUMNS.join(',')}\r\n`;
  for await (const batch of batches) {
    yield batch.map((event) => `${csvRow(event)}\r\n`).join('');
  }
}

/**
 * `{"items":[...]}`, batch by batch: one stringify per batch, its brackets dropped (a third of
 * the time of one per event). Each batch is sent with the text before it and the last with the
 * closing brackets, so a history of one batch is one write. `around` names the list and what
 * follows it (a bundle's `events`, then its checkpoint).
 */
export async function* historyAsJson(
  batches: AsyncIterable<AuditRecord[]>,
  around: { open: string; close: string } = { open: '{"items":[', close: ']}' },
): AsyncGenerator<string> {
  let held = around.open;
  let empty = true;
  for await (const batch of batches) {
    if (batch.length > 0) {
      const items = JSON.stringify(batch).slice(1, -1);
      if (empty) {
        held += items;
        empty = false;
      } else {
        yield held;
        held = `,${items}`;
      }
    }
  }
  yield `${held}${around.close}`;
}

/**
 * A chain's offline-verifiable bundle, `{ events, checkpoint, checkpoints }`, streamed:
 * `checkpoints` every signed head of the chain oldest first, `checkpoint` the latest (as the
 * first bundles had it alone), read before the events so that the events always reach them.
 */
export function historyBundle(
  batches: AsyncIterable<AuditRecord[]>,
  checkpoints: AuditCheckpoint[],
  filename: string,
): HistoryExport {
  const latest = checkpoints.at(-1) ?? null;
  const close = `],"checkpoint":${JSON.stringify(latest)},"checkpoints":${JSON.stringify(checkpoints)}}`;
  return {
    contentType: 'application/json; charset=utf-8',
    filename,
    body: Readable.from(historyAsJson(batches, { open: '{"events":[', close })),
  };
}
