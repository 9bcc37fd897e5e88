import type { LookupFunction } from 'node:net';
import { lookup } from 'node:dns';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { DestinationGuard } from '@app/notifications';
import { signedHeaders } from '@app/notifications';

/** What one attempt got: a 2xx within the timeout is a delivery. */
export interface AttemptResult {
  ok: boolean;
  statusCode: number | null;
  /** The answer's first KiB, or why there was none. */
  response: string | null;
}

/** A 2xx within this is a delivery (the contract's 10 seconds). */
export const ATTEMPT_TIMEOUT_MS = 10_000;
const RESPONSE_KEPT_BYTES = 1024;

/**
 * POSTs signed messages to webhook endpoints with node's own HTTP client: its `lookup` hook
 * lets every connection's resolved address be checked by the destination guard, which a
 * fetch-based client does not offer without another dependency.
 */
export class WebhookSender {
  constructor(private readonly guard: DestinationGuard) {}

  send(
    url: string,
    messageId: string,
    body: string,
    secrets: readonly string[],
  ): Promise<AttemptResult> {
    // An IP in the URL never reaches the guarded lookup: it is checked here, before each attempt.
    const refused = this.guard.refusalBeforeSend(url);
    if (refused) {
      return Promise.resolve({
        ok: false,
        statusCode: null,
        response: `not sent, URL refused: ${refused}`,
      });
    }
    const target = new URL(url);
    const headers = {
      ...signedHeaders(messageId, new Date(), body, secrets),
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(body)),
      'user-agent': 'improvement-cycles-webhooks/1',
    };
    const request = target.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise((resolve) => {
      const settle = once(resolve);
      const outgoing = request(target, {
        method: 'POST',
        headers,
        lookup: this.guardedLookup(target.hostname),
        signal: AbortSignal.timeout(ATTEMPT_TIMEOUT_MS),
      });
      outgoing.on('response', (incoming) => {
        const chunks: Buffer[] = [];
        let kept = 0;
        incoming.on('data', (chunk: Buffer) => {
          if (kept < RESPONSE_KEPT_BYTES) {
            chunks.push(chunk.subarray(0, RESPONSE_KEPT_BYTES - kept));
            kept += Math.min(chunk.length, RESPONSE_KEPT_BYTES - kept);
          }
        });
        const finish = () => {
          const statusCode = incoming.statusCode ?? null;
          const ok = statusCode !== null && statusCode >= 200 && statusCode < 300;
          settle({ ok, statusCode, response: Buffer.concat(chunks).toString('utf8') || null });
          incoming.destroy();
        };
        incoming.on('end', finish);
        incoming.on('error', finish);
        incoming.on('close', finish);
      });
      outgoing.on('error', (error) => {
        const reason = error.name === 'AbortError' ? `no answer within 10 s` : error.message;
        settle({ ok: false, statusCode: null, response: reason });
      });
      outgoing.end(body);
    });
  }

  private guardedLookup(hostname: string): LookupFunction {
    return (host, options, callback) => {
      lookup(host, { ...options, all: true }, (error, addresses) => {
        if (error) {
          callback(error, '', 0);
          return;
        }
        const refused = addresses
          .map((entry) => this.guard.checkedAddress(hostname, entry.address))
          .find(Boolean);
        if (refused) {
          callback(refused, '', 0);
        } else if (options.all) {
          (callback as unknown as (e: null, a: typeof addresses) => void)(null, addresses);
        } else {
          const first = addresses[0];
          callback(null, first?.address ?? '', first?.family ?? 4);
        }
      });
    };
  }
}

function once<T>(resolve: (value: T) => void): (value: T) => void {
  let done = false;
  return (value) => {
    if (!done) {
      done = true;
      resolve(value);
    }
  };
}
