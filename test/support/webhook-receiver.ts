import type { IncomingHttpHeaders, Server } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the receiver got, and what it answered. */
export interface ReceivedCall {
  id: string;
  timestamp: string;
  signature: string;
  rawBody: string;
  body: { type: string; timestamp: string; data: Record<string, any> };
  headers: IncomingHttpHeaders;
  answered: number;
  at: number;
}

/**
 * A real HTTP server standing in for a team's webhook receiver: it records every request, and
 * answers 500 to a message's first `failFirst` attempts, or to all while `down` is set.
 */
export class WebhookReceiver {
  readonly calls: ReceivedCall[] = [];
  failFirst = 0;
  down = false;
  private server?: Server;
  private readonly attemptsById = new Map<string, number>();

  /** Listens on `host` (any loopback address on Linux); its URL. */
  async start(host = '127.0.0.1'): Promise<string> {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const rawBody = Buffer.concat(chunks).toString('utf8');
        const id = String(request.headers['webhook-id'] ?? '');
        const attempt = (this.attemptsById.get(id) ?? 0) + 1;
        this.attemptsById.set(id, attempt);
        const answered = this.down || attempt <= this.failFirst ? 500 : 204;
        this.calls.push({
          id,
          timestamp: String(request.headers['webhook-timestamp'] ?? ''),
          signature: String(request.headers['webhook-signature'] ?? ''),
          rawBody,
          body: JSON.parse(rawBody) as ReceivedCall['body'],
          headers: request.headers,
          answered,
          at: Date.now(),
        });
        response.statusCode = answered;
        response.end(answered === 500 ? 'receiver failing on purpose' : undefined);
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, host, resolve));
    return `http://${host}:${(this.server.address() as AddressInfo).port}/hooks`;
  }

  /** The messages accepted (2xx), one per webhook-id, in arrival order. */
  delivered(): ReceivedCall[] {
    const seen = new Set<string>();
    return this.calls.filter((call) => {
      if (call.answered >= 300 || seen.has(call.id)) {
        return false;
      }
      seen.add(call.id);
      return true;
    });
  }

  /** Accepted messages about `cycleId`, optionally of one type. */
  deliveredFor(cycleId: string, type?: string): ReceivedCall[] {
    return this.delivered().filter(
      (call) => call.body.data.cycleId === cycleId && (!type || call.body.type === type),
    );
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}
