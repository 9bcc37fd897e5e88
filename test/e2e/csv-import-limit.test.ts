import { randomUUID } from 'node:crypto';
import type { BuiltApi } from '../support/built-api';
import { spawnBuiltApi } from '../support/built-api';
import { killHard } from '../support/built-worker';
import { catalog, eventsOf, postCsv, unique } from '../support/csv-imports';
import { expectOk } from '../support/cycle-steps';
import type { TestStack } from '../support/test-stack';
import { startTestStack } from '../support/test-stack';
import { users } from '../support/users';

describe('CSV_IMPORT_MAX_BYTES, set on the built API', () => {
  const LIMIT = 4096;
  let stack: TestStack;
  let api: BuiltApi;
  beforeAll(async () => {
    stack = await startTestStack({ worker: false });
    api = await spawnBuiltApi(stack.taskQueue, undefined, {
      CSV_IMPORT_MAX_BYTES: String(LIMIT),
    });
  });
  afterAll(async () => {
    await killHard(api?.process);
    await stack.close();
  });

  const fileOf = (bytes: number) => {
    const lines = ['value,measuredAt'];
    while (lines.join('\n').length + 20 < bytes) {
      lines.push(`${lines.length},2026-01-01`);
    }
    return `${lines.join('\n')}\n`;
  };

  it('takes a file under the limit, answers 413 over it (declared or streamed) and writes nothing', async () => {
    const { kpi } = await catalog(stack.http);
    const path = `/v1/kpis/${kpi}/measurements/import`;
    const under = fileOf(LIMIT - 100);
    expect(Buffer.byteLength(under)).toBeLessThanOrEqual(LIMIT);
    expectOk(await postCsv(api.http, path, under, { as: users.improver }), 201);

    const over = fileOf(3 * LIMIT);
    const requestId = `csv-${randomUUID()}`;
    const declared = await postCsv(api.http, path, over, { as: users.improver, requestId });
    expect(declared.status).toBe(413);
    expect(declared.headers.get('content-type')).toContain('application/problem+json');
    expect(declared.body.detail).toContain(`at most ${LIMIT} bytes (CSV_IMPORT_MAX_BYTES)`);

    // Sent chunked, without a Content-Length: refused once the bytes pass the limit.
    const bytes = new TextEncoder().encode(over);
    const streamed = await fetch(`${api.http.baseUrl}${path}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${api.http.tokenFor(users.improver.sub, users.improver.roles)}`,
        'content-type': 'text/csv',
        'x-request-id': requestId,
      },
      body: new ReadableStream({
        start(controller) {
          for (let at = 0; at < bytes.length; at += 1024) {
            controller.enqueue(bytes.subarray(at, at + 1024));
          }
          controller.close();
        },
      }),
      duplex: 'half',
    });
    expect(streamed.status).toBe(413);
    expect(((await streamed.json()) as { detail: string }).detail).toContain(
      'CSV_IMPORT_MAX_BYTES',
    );
    expect(await eventsOf(requestId)).toBe(0);

    // JSON bodies keep their own limit (HTTP_BODY_LIMIT, 1 MiB): a larger JSON body is fine.
    const padded = `{"name":"${unique('area')}",${' '.repeat(2 * LIMIT)}"kind":"back"}`;
    expectOk(
      await api.http.request('POST', '/v1/areas', { as: users.improver, rawBody: padded }),
      201,
    );
    // And the measurements of the file under the limit are there, nothing of the others.
    const read = expectOk(await api.http.get(`/v1/kpis/${kpi}`, { as: users.auditor })).body;
    expect(read.measurementCount).toBe(under.trim().split('\n').length - 1);
  });
});
