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
    db,
    host,
    port: options.port,
    maxConnections: options.maxConnections ?? 10,
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
