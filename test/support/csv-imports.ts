import { randomUUID } from 'node:crypto';
import { expectOk } from './cycle-steps';
import { queryDatabase } from './database';
import type { HttpClient, HttpResponse } from './http-client';
import { users } from './users';

/** A caller of `users`. */
export type Caller = (typeof users)[keyof typeof users];

export const unique = (label: string) => `${label} ${randomUUID().slice(0, 8)}`;

/**
 * A service provided by a back area to one front area, another front area that does not consume
 * it, a survey rated 1 to 5 and a KPI of the service: what CSV imports write into.
 */
export async function catalog(http: HttpClient) {
  const as = { as: users.improver };
  const area = async (kind: string) =>
    expectOk(await http.post('/v1/areas', { name: unique(kind), kind }, as), 201).body.id as string;
  const provider = await area('back');
  const consumer = await area('front');
  const stranger = await area('front');
  const service = expectOk(
    await http.post(
      '/v1/services',
      { name: unique('service'), providerAreaId: provider, consumerAreaIds: [consumer] },
      as,
    ),
    201,
  ).body.id as string;
  const survey = expectOk(
    await http.post(
      '/v1/surveys',
      {
        name: unique('survey'),
        periodStart: '2026-07-01',
        periodEnd: '2026-09-30',
        scaleMin: 1,
        scaleMax: 5,
      },
      as,
    ),
    201,
  ).body.id as string;
  const kpi = expectOk(
    await http.post(
      `/v1/services/${service}/kpis`,
      {
        name: unique('kpi'),
        unit: 'hours',
        direction: 'lower_is_better',
        baseline: 48,
        target: 24,
      },
      as,
    ),
    201,
  ).body.id as string;
  return { provider, consumer, stranger, service, survey, kpi };
}

/**
 * POSTs `csv` as `text/csv`, as the improver unless told, with a request id to find its events by
 * and an Idempotency-Key when given.
 */
export function postCsv(
  http: HttpClient,
  path: string,
  csv: string,
  options: {
    as?: Caller | 'anonymous';
    requestId?: string;
    contentType?: string;
    idempotencyKey?: string;
  } = {},
): Promise<HttpResponse> {
  const as = options.as ?? users.improver;
  return http.request('POST', path, {
    ...(as === 'anonymous' ? {} : { as }),
    rawBody: csv,
    headers: {
      'content-type': options.contentType ?? 'text/csv',
      'x-request-id': options.requestId ?? `csv-${randomUUID()}`,
      ...(options.idempotencyKey ? { 'idempotency-key': options.idempotencyKey } : {}),
    },
  });
}

/** How many audit events the request wrote. */
export const eventsOf = (requestId: string) =>
  queryDatabase<{ n: number }>(
    'SELECT count(*)::int AS n FROM audit_events WHERE request_id = $1',
    [requestId],
  ).then((rows) => rows[0]?.n);
