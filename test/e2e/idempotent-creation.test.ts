import { randomUUID } from 'node:crypto';
import { Role } from '@app/domain';
import { expectOk } from '../support/cycle-steps';
import type { Caller } from '../support/csv-imports';
import { catalog, unique } from '../support/csv-imports';
import { queryDatabase } from '../support/database';
import type { HttpResponse } from '../support/http-client';
import type { TestStack } from '../support/test-stack';
import { startTestStack } from '../support/test-stack';
import { users } from '../support/users';

type Organization = Awaited<ReturnType<typeof catalog>> & { delegator: Caller; delegate: Caller };
interface Creation {
  as: Caller;
  path: string;
  body: unknown;
}

const HOUR = 3_600_000;

/** Every POST that creates something, with a body it accepts. */
const CREATIONS: [string, (org: Organization) => Creation][] = [
  ['POST /v1/areas', () => improver('/v1/areas', { name: unique('Area'), kind: 'front' })],
  [
    'POST /v1/services',
    (org) =>
      improver('/v1/services', {
        name: unique('Service'),
        providerAreaId: org.provider,
        consumerAreaIds: [org.consumer],
      }),
  ],
  [
    'POST /v1/surveys',
    () =>
      improver('/v1/surveys', {
        name: unique('Survey'),
        periodStart: '2026-07-01',
        periodEnd: '2026-09-30',
        scaleMin: 1,
        scaleMax: 5,
      }),
  ],
  [
    'POST /v1/surveys/{id}/responses',
    (org) =>
      improver(`/v1/surveys/${org.survey}/responses`, {
        serviceId: org.service,
        respondentAreaId: org.consumer,
        score: 4,
        comment: 'Quick',
      }),
  ],
  [
    'POST /v1/services/{id}/kpis',
    (org) =>
      improver(`/v1/services/${org.service}/kpis`, {
        name: unique('KPI'),
        unit: 'hours',
        direction: 'lower_is_better',
        baseline: 48,
        target: 24,
      }),
  ],
  [
    'POST /v1/kpis/{id}/measurements',
    (org) => improver(`/v1/kpis/${org.kpi}/measurements`, { value: 40, measuredAt: '2026-08-01' }),
  ],
  [
    'POST /v1/services/{id}/volumes',
    (org) =>
      improver(`/v1/services/${org.service}/volumes`, {
        period: '2026-Q3',
        endCustomers: 1_200,
        reworkRate: 0.1,
      }),
  ],
  [
    'POST /v1/services/{id}/standard-results',
    (org) =>
      improver(`/v1/services/${org.service}/standard-results`, {
        period: '2026-Q3',
        requests: 10,
        withinStandard: 8,
      }),
  ],
  [
    'POST /v1/journeys',
    (org) =>
      improver('/v1/journeys', {
        name: unique('Journey'),
        stages: [
          {
            name: 'Ask',
            touchpoints: [{ name: 'Desk', frontAreaId: org.consumer, serviceIds: [org.service] }],
          },
        ],
      }),
  ],
  [
    'POST /v1/maturity/assessments',
    () =>
      improver('/v1/maturity/assessments', {
        name: unique('Assessment'),
        ratings: [{ capability: 'billing', current: 2, target: 3 }],
      }),
  ],
  [
    'POST /v1/webhooks',
    () => ({
      as: users.admin,
      path: '/v1/webhooks',
      body: { url: 'http://127.0.0.1:9/hooks', events: ['cycle.closed'] },
    }),
  ],
  [
    'POST /v1/service-accounts',
    () => ({
      as: users.admin,
      path: '/v1/service-accounts',
      body: { name: unique('Exporter'), roles: ['auditor'] },
    }),
  ],
  [
    'POST /v1/delegations',
    (org) => ({
      as: org.delegator,
      path: '/v1/delegations',
      body: {
        delegateId: org.delegate.sub,
        startsAt: new Date(Date.now() - HOUR).toISOString(),
        endsAt: new Date(Date.now() + HOUR).toISOString(),
        reason: 'On leave',
      },
    }),
  ],
];

function improver(path: string, body: unknown): Creation {
  return { as: users.improver, path, body };
}

describe('every creating POST takes an Idempotency-Key: a retry answers the first answer', () => {
  let stack: TestStack;
  let org: Organization;
  const webhooks: string[] = [];
  beforeAll(async () => {
    stack = await startTestStack({
      worker: false,
      notifications: {
        outbox: { mail: false, publicUrl: 'https://cycles.example.test', attemptLimit: 1 },
        allowedHosts: ['127.0.0.1'],
        retryScheduleMs: [0],
        mailFrom: 'cycles@example.test',
      },
    });
    const manager = () => ({ sub: `dele-${randomUUID().slice(0, 8)}`, roles: [Role.Manager] });
    org = { ...(await catalog(stack.http)), delegator: manager(), delegate: manager() };
    expectOk(await stack.http.get('/v1/people/me', { as: org.delegate }));
  });
  afterAll(async () => {
    // Nothing is sent to these endpoints from other tests' cycles once they are deleted.
    for (const id of webhooks) {
      await stack.http.request('DELETE', `/v1/webhooks/${id}`, { as: users.admin });
    }
    await stack.close();
  });

  const send = (creation: Creation, key: string, requestId: string, body = creation.body) =>
    stack.http.request('POST', creation.path, {
      as: creation.as,
      body,
      headers: { 'idempotency-key': key, 'x-request-id': requestId },
    });
  /** What a request wrote, as an auditor reads it: its events on the catalog chain. */
  const eventsBy = async (requestId: string) =>
    (await queryDatabase('SELECT 1 FROM audit_events WHERE request_id = $1', [requestId])).length;
  function expectReused(answer: HttpResponse, how: RegExp): void {
    expect({ status: answer.status, type: answer.body.type }).toEqual({
      status: 422,
      type: expect.stringMatching(/idempotency-key-reused$/),
    });
    expect(answer.body.detail).toMatch(how);
  }

  it.each(CREATIONS)('%s: the retry gets the first answer and writes nothing', async (_, build) => {
    const creation = build(org);
    const key = randomUUID();
    const first = await send(creation, key, `first-${key}`);
    expect(first.status).toBe(201);
    if (creation.path === '/v1/webhooks') {
      webhooks.push(first.body.id);
    }

    const retried = await send(creation, key, `retry-${key}`);
    expect({ status: retried.status, body: retried.body }).toEqual({
      status: 201,
      body: first.body,
    });
    expect(await eventsBy(`first-${key}`)).toBe(1);
    expect(await eventsBy(`retry-${key}`)).toBe(0);
  });

  it('refuses the key with another body, on another route or from another caller, writing nothing', async () => {
    const key = randomUUID();
    const areas = { first: unique('Area'), other: unique('Area') };
    const area = (name: string) => improver('/v1/areas', { name, kind: 'back' });
    expectOk(await send(area(areas.first), key, `first-${key}`), 201);

    expectReused(await send(area(areas.other), key, `body-${key}`), /another body/);
    const survey = CREATIONS[2]?.[1](org) as Creation;
    expectReused(await send(survey, key, `route-${key}`), /another route/);
    const byAdmin = { ...area(areas.first), as: users.admin };
    expectReused(await send(byAdmin, key, `caller-${key}`), /another caller/);

    for (const attempt of ['body', 'route', 'caller']) {
      expect(await eventsBy(`${attempt}-${key}`)).toBe(0);
    }
    // The other name was never taken: it can be created now.
    expectOk(
      await stack.http.post(
        '/v1/areas',
        { name: areas.other, kind: 'back' },
        { as: users.improver },
      ),
      201,
    );
  });

  it('keeps no key for a refused request: the same key with a corrected body creates', async () => {
    const taken = unique('Area');
    expectOk(
      await stack.http.post('/v1/areas', { name: taken, kind: 'front' }, { as: users.improver }),
      201,
    );
    const key = randomUUID();
    expect(
      (await send(improver('/v1/areas', { name: taken, kind: 'front' }), key, `a-${key}`)).status,
    ).toBe(409);
    const corrected = improver('/v1/areas', { name: unique('Area'), kind: 'front' });
    expect((await send(corrected, key, `b-${key}`)).status).toBe(201);
  });

  it('answers requests sent at once with one key with one answer, having written once', async () => {
    const kpi = expectOk(
      await send(CREATIONS[4]?.[1](org) as Creation, randomUUID(), randomUUID()),
      201,
    ).body;
    const measurement = improver(`/v1/kpis/${kpi.id}/measurements`, {
      value: 31,
      measuredAt: '2026-09-01',
    });
    const area = improver('/v1/areas', { name: unique('Area'), kind: 'front' });
    for (const creation of [measurement, area]) {
      const key = randomUUID();
      const answers = await Promise.all(
        Array.from({ length: 5 }, (_, index) => send(creation, key, `${index}-${key}`)),
      );
      expect(new Set(answers.map((answer) => answer.status))).toEqual(new Set([201]));
      expect(answers.map((answer) => answer.body)).toEqual(Array(5).fill(answers[0]?.body));
      const written = await Promise.all(answers.map((_, index) => eventsBy(`${index}-${key}`)));
      expect(written.reduce((sum, events) => sum + events, 0)).toBe(1);
    }
    const read = expectOk(await stack.http.get(`/v1/kpis/${kpi.id}`, { as: users.auditor })).body;
    expect(read.measurementCount).toBe(1);
  });

  it('answers a service account’s key again on retry, and keeps neither it nor the Idempotency-Key in clear', async () => {
    const key = randomUUID();
    const account = {
      as: users.admin,
      path: '/v1/service-accounts',
      body: { name: unique('Sync'), roles: ['auditor'] },
    };
    const first = expectOk(await send(account, key, `first-${key}`), 201).body;
    const retried = expectOk(await send(account, key, `retry-${key}`), 201).body;
    expect(retried.key).toBe(first.key);
    expect((await stack.http.get('/v1/people/me', { token: retried.key })).status).toBe(200);
    const listed = expectOk(
      await stack.http.get('/v1/service-accounts?limit=200', { as: users.admin }),
    ).body;
    expect(
      listed.items.filter((item: { name: string }) => item.name === account.body.name),
    ).toHaveLength(1);

    const [kept] = await queryDatabase<{ rows: number; sealed: number; clear: number }>(
      `SELECT count(*)::int AS rows,
              count(*) FILTER (WHERE answer IS NOT NULL)::int AS sealed,
              count(*) FILTER (WHERE position(convert_to($2, 'UTF8') IN answer) > 0
                                  OR key_sha256 = $3)::int AS clear
       FROM idempotency_keys WHERE key_sha256 = encode(sha256(convert_to($1, 'UTF8')), 'hex')`,
      [key, first.key, key.padEnd(64)],
    );
    expect(kept).toEqual({ rows: 1, sealed: 1, clear: 0 });
  });
});
