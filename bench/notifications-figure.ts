import { fail } from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import type { Client as PgClient } from 'pg';
import type { DeliveryChannel } from '@app/domain';
import {
  ALL_NOTIFICATION_TYPES,
  messageDeliveriesWorkflowId,
  Role,
  webhookChannel,
} from '@app/domain';
import { waitUntil } from '@app/local-stack';
import { DeliveryWaker, DestinationGuard } from '@app/notifications';
import { WebhookSender } from '../apps/worker/src/notifications/webhook-sender';
import type { BenchStack } from './bench-stack';
import { load } from './load';
import type { Comparison, Measurement } from './measure';
import { compare, summarize } from './measure';

/** Cycles driven for the throughput, decisions timed for the latency, attempts in parallel. */
export const NOTIFICATIONS_SIZE = { cycles: 200, clients: 8, decisions: 50, parallel: 16 };

/** The webhooks figure's numbers beyond its comparisons: the live run and the two drains. */
export interface NotificationsFigure {
  comparisons: Comparison[];
  live: Awaited<ReturnType<typeof liveRun>>['live'];
  /** The drained backlog: from the wake to the first message received. */
  firstMs: number;
}

const GAP = { statement: 'Slow', currentValue: 9, targetValue: 2, evidence: 'Survey' };

/** A local receiver answering 204 at once, as a team's receiver queueing the work would. */
class Receiver {
  /** When each webhook-id first arrived. */
  readonly arrivals = new Map<string, number>();
  private readonly waiters = new Map<string, () => void>();
  private readonly server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const at = performance.now();
      const id = String(request.headers['webhook-id']);
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        type: string;
        data: { cycleId: string };
      };
      if (!this.arrivals.has(id)) {
        this.arrivals.set(id, at);
        this.waiters.get(`${body.data.cycleId}/${body.type}`)?.();
      }
      response.statusCode = 204;
      response.end();
    });
  });

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks`;
  }

  /** Resolves with the time the cycle's first message of `type` arrives. */
  next(cycleId: string, type: string): Promise<number> {
    return new Promise((resolve) =>
      this.waiters.set(`${cycleId}/${type}`, () => resolve(performance.now())),
    );
  }

  /** Until `count` messages have arrived; their arrival times. */
  async all(count: number): Promise<number[]> {
    const arrived = () => Promise.resolve(this.arrivals.size >= count);
    await waitUntil(`${count} webhooks to arrive`, arrived, { timeoutMs: 300_000, intervalMs: 5 });
    return [...this.arrivals.values()];
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

async function call(
  stack: BenchStack,
  method: string,
  path: string,
  roles: string[],
  body?: unknown,
): Promise<{ id: string; secret: string }> {
  const headers = stack.headers(roles);
  // Fastify refuses a JSON content type without a body.
  const bare = { headers: { authorization: headers.authorization ?? '' } };
  const response = await fetch(`${stack.baseUrl}${path}`, {
    method,
    ...(body === undefined ? bare : { headers, body: JSON.stringify(body) }),
  });
  if (response.status >= 300) {
    throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
  }
  return response.status === 204
    ? { id: '', secret: '' }
    : ((await response.json()) as { id: string; secret: string });
}

/** Cycles of new services, their gaps written and submitted by `clients`: two messages each. */
async function cyclesAwaitingApproval(
  stack: BenchStack,
  db: PgClient,
  count: number,
): Promise<{ ids: string[]; drive: Measurement & { perSecond: number } }> {
  const tag = randomUUID().slice(0, 8);
  const services = await db.query<{ id: string }>(
    `WITH b AS (INSERT INTO areas (name, kind) VALUES ('hooks back ${tag}', 'back') RETURNING id),
          f AS (INSERT INTO areas (name, kind) VALUES ('hooks front ${tag}', 'front') RETURNING id),
          s AS (INSERT INTO services (name, provider_area_id) SELECT 'hooks ${tag} ' || n, b.id FROM b, generate_series(1, $1::int) n RETURNING id),
          c AS (INSERT INTO service_consumers (service_id, area_id) SELECT s.id, f.id FROM s, f RETURNING service_id)
     SELECT service_id AS id FROM c`,
    [count],
  );
  const ids: string[] = [];
  const improver = [Role.Improver];
  const drive = await load('start, gap, submit', count, NOTIFICATIONS_SIZE.clients, async (i) => {
    const serviceId = services.rows[i]?.id;
    const { id } = await call(stack, 'POST', '/v1/cycles', improver, { serviceId });
    await call(stack, 'PUT', `/v1/cycles/${id}/gap`, improver, GAP);
    await call(stack, 'POST', `/v1/cycles/${id}/submit`, improver, {});
    ids.push(id);
  });
  return { ids, drive };
}

/** The channel's messages as recorded: ids, bodies, and the recording transaction's clock. */
async function recorded(db: PgClient, channel: DeliveryChannel) {
  const rows = await db.query<{ id: string; body: unknown; at: Date }>(
    `SELECT m.id, m.body, m.created_at AS at FROM message_deliveries d
       JOIN outbound_messages m ON m.id = d.message_id WHERE d.channel = $1 ORDER BY d.seq`,
    [channel],
  );
  return rows.rows;
}

/** Times from `t0` until each message arrived, and messages per second until the last. */
function drained(name: string, t0: number, arrivals: number[]) {
  const seconds = (Math.max(...arrivals) - t0) / 1000;
  const times = arrivals.map((at) => at - t0);
  return {
    measurement: summarize(name, times),
    perSecond: Math.round((arrivals.length / seconds) * 10) / 10,
    firstMs: Math.round((Math.min(...arrivals) - t0) * 10) / 10,
  };
}

/** The channel's messages, all received: the first recorded to the last received. */
async function liveRun(db: PgClient, receiver: Receiver, channel: DeliveryChannel) {
  const messages = await recorded(db, channel);
  const arrivals = await receiver.all(messages.length);
  const recordedAt = messages.map((m) => m.at.getTime() - performance.timeOrigin);
  const first = Math.min(...recordedAt);
  const seconds = (Math.max(...arrivals) - first) / 1000;
  const rate = (over: number) => Math.round((messages.length / over) * 10) / 10;
  const live = {
    messages: messages.length,
    seconds: Math.round(seconds * 100) / 100,
    perSecond: rate(seconds),
    recordedPerSecond: rate((Math.max(...recordedAt) - first) / 1000),
    recordedToReceived: summarize(
      'recorded → received',
      messages.map((m, i) => (receiver.arrivals.get(m.id) ?? NaN) - (recordedAt[i] ?? 0)),
    ),
  };
  return { messages, live };
}

/** Approves each cycle as a manager, one at a time (five to warm up): answered, webhook received. */
async function decide(stack: BenchStack, ids: string[], receiver?: Receiver) {
  const own: number[] = [];
  const hooked: number[] = [];
  for (const [n, id] of ids.entries()) {
    const arrived = receiver?.next(id, 'approval.decided');
    const t0 = performance.now();
    await call(stack, 'POST', `/v1/cycles/${id}/decisions`, [Role.Manager], {
      decision: 'approve',
    });
    const answered = performance.now();
    const received = (await arrived) ?? NaN;
    if (n >= 5) {
      own.push(answered - t0);
      hooked.push(received - t0);
    }
  }
  return { own, hooked };
}

/**
 * Webhooks to a local receiver answering 204, every message type subscribed. Live: `cycles`
 * cycles started, their gaps written and submitted by `clients` clients; messages per second from
 * the first recorded to the last received. Drained: the same messages queued again at once
 * (`…/redeliver`'s statement, for all) and the channel woken, against the same messages POSTed by
 * a loop through the product's WebhookSender, `parallel` at a time (HTTP and signing alone: no
 * database, no Temporal). Latency: a manager's approval until its `approval.decided` arrives,
 * beside the decision's own HTTP latency. Then, the endpoint deleted, as many cycles driven and
 * decisions taken with no endpoint subscribed: what subscribing costs the commands themselves.
 */
export async function notificationsFigure(
  stack: BenchStack,
  db: PgClient,
  say: (line: string) => void,
): Promise<NotificationsFigure> {
  const { cycles, clients, decisions, parallel } = NOTIFICATIONS_SIZE;
  const receiver = new Receiver();
  const url = await receiver.start();
  const admin = [Role.Admin];
  const events = ALL_NOTIFICATION_TYPES;
  const endpoint = await call(stack, 'POST', '/v1/webhooks', admin, { url, events });
  const channel = webhookChannel(endpoint.id);
  try {
    say(`webhooks live: ${cycles} cycles started, gap written and submitted`);
    const subscribed = await cyclesAwaitingApproval(stack, db, cycles);
    const { messages, live } = await liveRun(db, receiver, channel);
    say(`webhooks live: ${JSON.stringify(live)}`);
    say(`webhooks drained: ${messages.length} messages queued at once`);
    receiver.arrivals.clear();
    await db.query(
      `UPDATE message_deliveries
          SET status = 'pending', next_attempt_at = now(), attempt_limit = attempts + 1
        WHERE channel = $1`,
      [channel],
    );
    const woken = performance.now();
    await new DeliveryWaker(stack.temporal, stack.taskQueue, fail).wake([channel]);
    const product = drained('queued → received', woken, await receiver.all(messages.length));
    receiver.arrivals.clear();
    const sender = new WebhookSender(new DestinationGuard(['127.0.0.1']));
    const looped = performance.now();
    const secrets = [endpoint.secret];
    await load(`WebhookSender x${parallel}`, messages.length, parallel, async (i) => {
      const { id, body } = messages[i] ?? { id: '', body: null };
      const sent = await sender.send(url, id, JSON.stringify(body), secrets);
      if (!sent.ok) {
        throw new Error(`the receiver answered ${sent.statusCode}`);
      }
    });
    const transport = drained('WebhookSender', looped, await receiver.all(messages.length));
    const history = await stack.temporal.workflow
      .getHandle(messageDeliveriesWorkflowId(channel))
      .describe();
    say(`webhooks: the delivery workflow's history holds ${history.historyLength} events`);

    say(`webhooks latency: ${decisions} approvals, one at a time`);
    const hooked = await decide(stack, subscribed.ids.slice(0, decisions + 5), receiver);
    await call(stack, 'DELETE', `/v1/webhooks/${endpoint.id}`, admin);
    say(`webhooks: ${cycles} cycles and ${decisions} approvals with no endpoint subscribed`);
    const bare = await cyclesAwaitingApproval(stack, db, cycles);
    const unhooked = await decide(stack, bare.ids.slice(0, decisions + 5));
    const answered = summarize('decision answered (POST …/decisions)', hooked.own);
    return {
      comparisons: [
        compare(
          `webhooks, ${messages.length} messages of ${cycles} cycles queued at once: queued → received (per second: ${product.perSecond} vs ${transport.perSecond})`,
          product.measurement,
          transport.measurement,
        ),
        compare(
          'decision → its approval.decided webhook received, beside the decision answered',
          summarize('decision → webhook received', hooked.hooked),
          answered,
        ),
        compare(
          'decision answered, an endpoint subscribed vs none',
          answered,
          summarize('decision answered, no endpoint', unhooked.own),
        ),
        compare(
          `start, gap and submit a cycle, ${clients} clients, an endpoint subscribed vs none (per second: ${subscribed.drive.perSecond} vs ${bare.drive.perSecond})`,
          subscribed.drive,
          bare.drive,
        ),
      ],
      live,
      firstMs: product.firstMs,
    };
  } finally {
    await call(stack, 'DELETE', `/v1/webhooks/${endpoint.id}`, admin).catch(() => undefined);
    await receiver.close();
  }
}

/** The live run, as a table beside the comparisons. */
export function notificationsTable(figure: NotificationsFigure): string {
  const { live, firstMs } = figure;
  const lag = live.recordedToReceived;
  return [
    '| webhooks live, while cycles are driven | messages | first recorded → last received s | delivered per second | recorded per second | recorded → received median / p99 ms |',
    '|---|---|---|---|---|---|',
    `| ${NOTIFICATIONS_SIZE.cycles} cycles, ${NOTIFICATIONS_SIZE.clients} clients | ${live.messages} | ${live.seconds} | ${live.perSecond} | ${live.recordedPerSecond} | ${lag.medianMs} / ${lag.p99Ms} |`,
    '',
    `Drained backlog: the first message received ${firstMs} ms after the wake.`,
  ].join('\n');
}
