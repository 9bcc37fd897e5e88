import { randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { waitUntil } from '@app/local-stack';
import { expectOk } from '../support/cycle-steps';
import { catalog, eventsOf, postCsv } from '../support/csv-imports';
import { queryDatabase } from '../support/database';
import type { HttpResponse } from '../support/http-client';
import { assertDocumentedResponse } from '../support/openapi-responses';
import type { TestStack } from '../support/test-stack';
import { startTestStack } from '../support/test-stack';
import { users } from '../support/users';

describe('CSV imports sent with an Idempotency-Key import once, however often they are retried', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack({ worker: false });
  });
  afterAll(async () => {
    await stack.close();
  });

  const responsesOf = (survey: string) => `/v1/surveys/${survey}/responses/import`;
  const header = 'serviceId,respondentAreaId,score,comment\n';
  const rowsFor = (service: string, consumer: string, count: number, score = 4) =>
    Array.from({ length: count }, (_, index) => `${service},${consumer},${score},row ${index}\n`);
  /** How many responses the survey's results count for the service, as a manager reads them. */
  async function responsesCounted(survey: string): Promise<number> {
    const results = expectOk(
      await stack.http.get(`/v1/surveys/${survey}/results`, { as: users.manager }),
    ).body;
    return results.items[0]?.responses ?? 0;
  }
  const send = (path: string, csv: string, idempotencyKey: string, requestId = randomUUID()) =>
    postCsv(stack.http, path, csv, { idempotencyKey, requestId });

  it('answers an import retried after a lost answer with the first answer, importing nothing twice', async () => {
    const { service, consumer, survey, kpi } = await catalog(stack.http);
    const csv = header + rowsFor(service, consumer, 2_000).join('');
    const key = randomUUID();
    const first = await send(responsesOf(survey), csv, key, `first-${key}`);
    const retried = await send(responsesOf(survey), csv, key, `retry-${key}`);

    expect([first.status, first.body]).toEqual([201, { imported: 2_000 }]);
    expect([retried.status, retried.body]).toEqual([201, { imported: 2_000 }]);
    expect(await responsesCounted(survey)).toBe(2_000);
    expect([await eventsOf(`first-${key}`), await eventsOf(`retry-${key}`)]).toEqual([2_000, 0]);

    const measurements = 'value,measuredAt\n41,2026-07-31\n38,2026-08-31\n';
    const measuredKey = randomUUID();
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const answer = await send(`/v1/kpis/${kpi}/measurements/import`, measurements, measuredKey);
      expect([answer.status, answer.body]).toEqual([201, { imported: 2 }]);
    }
    const read = expectOk(await stack.http.get(`/v1/kpis/${kpi}`, { as: users.auditor })).body;
    expect(read.measurementCount).toBe(2);
  });

  it('imports once when the retry arrives while the first import is still being sent', async () => {
    const { service, consumer, survey } = await catalog(stack.http);
    const rows = rowsFor(service, consumer, 3_000);
    const csv = header + rows.join('');
    const key = randomUUID();
    const first = startUpload(responsesOf(survey), key, `first-${key}`);
    // Past the first batch: the first import has begun writing in its transaction.
    first.write(header + rows.slice(0, 1_500).join(''));
    await waitUntil('the first import to write its first batch', async () => {
      const [open] = await queryDatabase<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity
         WHERE state = 'idle in transaction' AND query LIKE '%staged_audit_events%'`,
      );
      return (open?.n ?? 0) > 0;
    });

    const retried = await send(responsesOf(survey), csv, key, `retry-${key}`);
    expect([retried.status, retried.body]).toEqual([201, { imported: 3_000 }]);
    const finished = await first.finish(rows.slice(1_500).join(''));
    expect([finished.status, finished.body]).toEqual([201, { imported: 3_000 }]);

    expect(await responsesCounted(survey)).toBe(3_000);
    // The retry ended first and imported; the first's own rows were rolled back at its end.
    expect([await eventsOf(`first-${key}`), await eventsOf(`retry-${key}`)]).toEqual([0, 3_000]);
  });

  it('refuses the key with another file or on the other import route, importing nothing', async () => {
    const { service, consumer, survey, kpi } = await catalog(stack.http);
    const rows = rowsFor(service, consumer, 10);
    const key = randomUUID();
    expectOk(await send(responsesOf(survey), header + rows.join(''), key), 201);

    const changed = [...rows.slice(0, 9), `${service},${consumer},1,changed\n`].join('');
    const otherFile = await send(responsesOf(survey), header + changed, key, `file-${key}`);
    const measurements = 'value,measuredAt\n41,2026-07-31\n';
    const otherRoute = await send(`/v1/kpis/${kpi}/measurements/import`, measurements, key);
    for (const [answer, how] of [
      [otherFile, /another body/],
      [otherRoute, /another route/],
    ] as const) {
      expect([answer.status, answer.body.type]).toEqual([422, expect.stringMatching(/reused$/)]);
      expect(answer.body.detail).toMatch(how);
    }
    expect(await eventsOf(`file-${key}`)).toBe(0);
    expect(await responsesCounted(survey)).toBe(10);
    const read = expectOk(await stack.http.get(`/v1/kpis/${kpi}`, { as: users.auditor })).body;
    expect(read.measurementCount).toBe(0);
  });

  it('keeps no key for a refused import: the corrected file then imports with the same key', async () => {
    const { service, consumer, survey } = await catalog(stack.http);
    const rows = rowsFor(service, consumer, 20);
    const key = randomUUID();
    const bad = [...rows.slice(0, 19), `${service},${consumer},9,out of scale\n`].join('');
    expect((await send(responsesOf(survey), header + bad, key)).status).toBe(400);

    const corrected = await send(responsesOf(survey), header + rows.join(''), key);
    expect([corrected.status, corrected.body]).toEqual([201, { imported: 20 }]);
    expect(await responsesCounted(survey)).toBe(20);
  });

  /** A CSV upload sent in parts: the client decides when its body ends. */
  function startUpload(path: string, key: string, requestId: string) {
    const token = stack.http.tokenFor(users.improver.sub, users.improver.roles);
    const upload = httpRequest(`${stack.http.baseUrl}${path}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'text/csv',
        'idempotency-key': key,
        'x-request-id': requestId,
      },
    });
    const answer = new Promise<HttpResponse>((resolve, reject) => {
      upload.on('error', reject);
      upload.on('response', (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          const contentType = String(response.headers['content-type'] ?? '');
          const body: unknown = JSON.parse(text);
          const status = response.statusCode ?? 0;
          assertDocumentedResponse({ method: 'POST', path, status, contentType, text, body });
          resolve({ status, headers: new Headers(), body });
        });
      });
    });
    return {
      write: (text: string) => upload.write(text),
      finish: (text: string) => {
        upload.end(text);
        return answer;
      },
    };
  }
});
