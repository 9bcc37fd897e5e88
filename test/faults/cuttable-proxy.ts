import type { Server, Socket } from 'node:net';
import { connect, createServer } from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * A TCP proxy in front of a server, which a test can cut off: while cut, every connection
 * through it is closed, open ones included, as a network partition between a process and that
 * server would. Restored, new connections go through again.
 */
export class CuttableProxy {
  private server?: Server;
  private readonly open = new Set<Socket>();
  private cut = false;

  /** `target`: `host:port`. */
  constructor(private readonly target: string) {}

  /** Listens on a free port of 127.0.0.1; the `host:port` to use instead of the target. */
  async start(): Promise<string> {
    const [host = '127.0.0.1', port = ''] = this.target.split(':');
    this.server = createServer((client) => {
      if (this.cut) {
        client.destroy();
        return;
      }
      const upstream = connect(Number(port), host);
      for (const [from, to] of [
        [client, upstream],
        [upstream, client],
      ] as const) {
        this.open.add(from);
        from.on('close', () => {
          this.open.delete(from);
          to.destroy();
        });
        from.on('error', () => to.destroy());
        from.pipe(to);
      }
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return `127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Closes every connection through it and refuses new ones until `restore`. */
  cutOff(): void {
    this.cut = true;
    for (const socket of this.open) {
      socket.destroy();
    }
  }

  restore(): void {
    this.cut = false;
  }

  async close(): Promise<void> {
    this.cutOff();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}
