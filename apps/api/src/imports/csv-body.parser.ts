import { createHash } from 'node:crypto';
import type { Readable, TransformCallback } from 'node:stream';
import { Transform } from 'node:stream';
import { finished } from 'node:stream/promises';
import { HttpException, HttpStatus } from '@nestjs/common';
import type { FastifyInstance, FastifyRequest } from 'fastify';

/** Fastify route config that lets a route take a `text/csv` body as a stream. */
export const CSV_IMPORT_ROUTE = { csvImport: true } as const;

const CSV = 'text/csv';
const UTF8 = new Set(['utf-8', 'utf8', 'us-ascii']);

/**
 * A `text/csv` body as the route reads it: the request's bytes, piped through as they arrive,
 * failing with 413 past `maxBytes`, and hashed on the way (never held whole).
 */
export class CsvBody extends Transform {
  private received = 0;
  private readonly hash = createHash('sha256');
  private digest?: string;

  constructor(
    private readonly payload: Readable,
    private readonly maxBytes: number,
  ) {
    super();
    // A client gone mid-upload ends the import (rolled back), never leaves it waiting.
    payload.once('error', (error) => this.destroy(error));
    payload.once('close', () => {
      if (!payload.readableEnded) {
        this.destroy(new Error('the client closed the upload before its end'));
      }
    });
    this.once('error', () => this.discardRest());
    payload.pipe(this);
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.received += chunk.length;
    if (this.received > this.maxBytes) {
      done(tooLarge(this.maxBytes));
      return;
    }
    this.hash.update(chunk);
    done(null, chunk);
  }

  override _flush(done: TransformCallback): void {
    this.digest = this.hash.digest('hex');
    done();
  }

  /**
   * SHA-256 (hex) of the whole body, as it streamed through: what an Idempotency-Key's "same
   * body" compares. What the route left unread is read (and dropped) first; 413 past the limit.
   */
  async sha256(): Promise<string> {
    if (this.digest === undefined) {
      this.resume();
      await finished(this);
    }
    if (this.digest === undefined) {
      throw new Error('a CSV body ended without being hashed');
    }
    return this.digest;
  }

  /** Reads and drops what the route did not read, so the answer reaches the client. */
  discardRest(): void {
    if (!this.payload.readableEnded) {
      this.payload.unpipe(this);
      this.payload.resume();
    }
  }
}

export function tooLarge(maxBytes: number): HttpException {
  return new HttpException(
    `A CSV import is at most ${maxBytes} bytes (CSV_IMPORT_MAX_BYTES); split the file.`,
    HttpStatus.PAYLOAD_TOO_LARGE,
  );
}

function unsupported(detail: string): HttpException {
  return new HttpException(detail, HttpStatus.UNSUPPORTED_MEDIA_TYPE);
}

const isCsvImport = (request: FastifyRequest): boolean =>
  (request.routeOptions.config as { csvImport?: boolean } | undefined)?.csvImport === true;

/**
 * Lets the import routes (Fastify config {@link CSV_IMPORT_ROUTE}) read `text/csv` bodies as a
 * stream: nothing is buffered here, csv-parse reads the rows as they arrive. JSON bodies keep
 * their own limit (HTTP_BODY_LIMIT); a CSV body may be up to `maxBytes` (CSV_IMPORT_MAX_BYTES):
 * a larger declared Content-Length is refused before any byte is read, a chunked body once it
 * passes the limit, both 413. What the route leaves unread (refused, too large, a bad header) is
 * read and dropped after the answer, as Fastify does past its own limit, so the client gets the
 * answer instead of a reset connection. `text/csv` elsewhere, or in a charset other than UTF-8,
 * is 415.
 */
export function registerCsvBodyParser(fastify: FastifyInstance, maxBytes: number): void {
  fastify.addContentTypeParser(CSV, (request, payload: Readable, done) => {
    if (!isCsvImport(request)) {
      done(unsupported('Only the …/import routes take text/csv; send JSON here.'), undefined);
      return;
    }
    const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(request.headers['content-type'] ?? '');
    if (charset?.[1] && !UTF8.has(charset[1].toLowerCase())) {
      done(unsupported(`Send the CSV as UTF-8, not ${charset[1]}.`), undefined);
      return;
    }
    if (Number(request.headers['content-length']) > maxBytes) {
      done(tooLarge(maxBytes), undefined);
      return;
    }
    const body = new CsvBody(payload, maxBytes);
    done(null, body);
  });
  fastify.addHook('onResponse', (request, _reply, done) => {
    if (request.body instanceof CsvBody) {
      request.body.discardRest();
    }
    done();
  });
}
