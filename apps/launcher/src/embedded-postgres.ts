import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedPostgres {
  url: string;
  /** `host:port` it listens on: loopback only. */
  address: string;
  stop(): Promise<void>;
}

/**
 * PGlite has one user, a superuser, and no passwords: anyone who reaches the socket owns the
 * data. So it listens on loopback only, never on a configurable host.
 */
const LOOPBACK = '127.0.0.1';

/**
 * PostgreSQL for machines without a server: PGlite keeps its files in `dataDir` and
 * pglite-socket serves it over the wire protocol, so the apps connect with `pg` as usual.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  maxConnections?: number;
}): Promise<EmbeddedPostgres> {
  mkdirSync(options.dataDir, { recursive: true });
  const db = await PGlite.create(options.dataDir);
  const host = LOOPBACK;
  const server = new PGLiteSocketServer({
    db: batchAffine(db),
    host,
    port: options.port,
    // More than the API's and the worker's pools together (DATABASE_POOL_SIZE each): one more
    // would be refused, not queued.
    maxConnections: options.maxConnections ?? 100,
  });
  await server.start();
  return {
    url: `postgres://postgres@${host}:${options.port}/postgres`,
    address: `${host}:${options.port}`,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}

/** Frontend messages that end a batch: Sync, a simple Query, Terminate. */
const BATCH_ENDS = new Set(['S', 'Q', 'X']);

/**
 * PGlite is one session that pglite-socket shares among its connections, queueing each protocol
 * message on its own: another connection's Parse or Bind could run between one connection's Bind
 * and Execute and replace its unnamed statement or portal ("portal \"\" does not exist", or
 * another query's rows). Its queue already keeps a transaction's messages together, asking the
 * database whether it is in a transaction; this view of the database also answers yes from a
 * batch's first message until its Sync, so a batch runs whole before anyone else's.
 */
export function batchAffine(db: PGlite): PGlite {
  let midBatch = false;
  return new Proxy(db, {
    get(target, property) {
      if (property === 'isInTransaction') {
        return () => midBatch || target.isInTransaction();
      }
      if (property === 'execProtocolRawStream') {
        return async (...args: Parameters<PGlite['execProtocolRawStream']>) => {
          const [message] = args;
          // A startup packet has no type byte: its first byte is that of its length, 0.
          const type = message[0] ? String.fromCharCode(message[0]) : 'S';
          try {
            return await target.execProtocolRawStream(...args);
          } finally {
            midBatch = !BATCH_ENDS.has(type);
          }
        };
      }
      if (property === 'exec') {
        // The queue's own ROLLBACK for a connection gone mid-transaction ends any batch too.
        return async (...args: Parameters<PGlite['exec']>) => {
          try {
            return await target.exec(...args);
          } finally {
            midBatch = false;
          }
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function'
        ? (value as (...args: unknown[]) => unknown).bind(target)
        : value;
    },
  });
}
