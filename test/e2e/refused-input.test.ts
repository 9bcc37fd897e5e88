import { randomUUID } from 'node:crypto';
import { connect } from 'node:net';
import {
  CYCLE_INPUT_LIMITS as LIMITS,
  DEFAULT_POLICY_MINIMUM,
  PERSON_ID_MAX_LENGTH,
  POLICY_MAXIMUM,
  Role,
} from '@app/domain';
import { expectOk, gap, startCycleOnNewService } from '../support/cycle-steps';
import { queryDatabase } from '../support/database';
import { createService } from '../support/factories';
import type { HttpResponse } from '../support/http-client';
import type { TestStack } from '../support/test-stack';
import { startTestStack } from '../support/test-stack';
import { users } from '../support/users';

/** Requests that once got through (a 500, or a cycle frozen on a command it could not record). */
describe('input that once fooled the system now gets a clear 4xx and changes nothing', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(async () => {
    await stack.close();
  });

  /** The problem+json answer, asserted to be `status`, with the fields it names. */
  function refusal(answer: HttpResponse, status: number): { detail: string; fields: string[] } {
    expect({ status: answer.status, type: answer.headers.get('content-type') }).toEqual({
      status,
      type: expect.stringContaining('application/problem+json'),
    });
    const errors = (answer.body.errors ?? []) as { field: string; message: string }[];
    return { detail: String(answer.body.detail), fields: errors.map((error) => error.field) };
  }

  const writtenBy = async (requestId: string) =>
    (await queryDatabase('SELECT 1 FROM audit_events WHERE request_id = $1', [requestId])).length;

  // JSON.stringify writes NUL as \u0000 and a lone surrogate as \ud800: both are valid JSON that
  // Fastify's parser turns back into exactly those characters.
  const unstorable = [
    ['NUL', 'a\u0000b'],
    ['a lone high surrogate', 'a\ud800b'],
    ['a lone low surrogate', 'a\udfffb'],
    ['an escape character', 'a\u001b[2Jb'],
  ] as const;

  describe('text PostgreSQL cannot store', () => {
    it.each(unstorable)(
      'a gap statement with %s: 400 naming it, and the cycle records the clean gap and cancels after',
      async (_case, bad) => {
        const { id } = await startCycleOnNewService(stack.http);
        const requestId = `refused-${randomUUID()}`;
        const rawBody = JSON.stringify({ ...gap(), statement: `Replacements take 9 days ${bad}` });
        expect(rawBody).toMatch(/\\u(0000|d800|dfff|001b)/);
        const answer = await stack.http.request('PUT', `/v1/cycles/${id}/gap`, {
          as: users.improver,
          rawBody,
          headers: { 'x-request-id': requestId },
        });
        expect(refusal(answer, 400).fields).toEqual(['statement']);
        expect(answer.body.errors[0].message).toContain('must not contain NUL');

        const cycle = expectOk(await stack.http.get(`/v1/cycles/${id}`, { as: users.auditor }));
        expect(cycle.body).toMatchObject({ stage: 'gap_identification', gap: null });
        expect(await writtenBy(requestId)).toBe(0);

        expectOk(
          await stack.http.request('PUT', `/v1/cycles/${id}/gap`, {
            as: users.improver,
            body: { ...gap(), statement: 'Replacements take 9 days' },
          }),
        );
        const cancelled = await stack.http.post(
          `/v1/cycles/${id}/cancel`,
          { reason: 'refused-input test' },
          { as: users.manager },
        );
        expect(expectOk(cancelled).body.status).toBe('cancelled');
      },
    );

    it('names a nested field: the second why of the first cause', async () => {
      const { id } = await startCycleOnNewService(stack.http);
      const body = {
        causes: [{ category: 'process', description: 'd', whys: ['ok', 'x\u0000'], evidence: 'e' }],
      };
      const answer = await stack.http.request('PUT', `/v1/cycles/${id}/root-causes`, {
        as: users.improver,
        body,
      });
      expect(refusal(answer, 400).fields).toEqual(['causes.0.whys.1']);
    });

    it('a gap statement of 2001 emoji, 4002 characters to the workflow: 400 naming it', async () => {
      const { id } = await startCycleOnNewService(stack.http);
      const statement = '\u{1F642}'.repeat(2001);
      const answer = await stack.http.request('PUT', `/v1/cycles/${id}/gap`, {
        as: users.improver,
        body: { ...gap(), statement },
      });
      expect(refusal(answer, 400).fields).toEqual(['statement']);
    });

    // class-validator counted "a\uFE0F" as one character, PostgreSQL's varchar(200) as two: a 500.
    const pastVarchar = ['variation selectors past varchar(200)', 'a\uFE0F'.repeat(80)] as const;
    it.each([...unstorable, pastVarchar])(
      'an area name with %s: 400, not 500, and no area written',
      async (_c, bad) => {
        const name = `Operations ${randomUUID()}`;
        const requestId = `refused-${randomUUID()}`;
        const answer = await stack.http.post(
          '/v1/areas',
          { name: `${name} ${bad}`, kind: 'back' },
          { as: users.improver, headers: { 'x-request-id': requestId } },
        );
        expect(refusal(answer, 400).fields).toEqual(['name']);
        const areas = await queryDatabase('SELECT 1 FROM areas WHERE name LIKE $1', [`${name}%`]);
        expect({ areas: areas.length, events: await writtenBy(requestId) }).toEqual({
          areas: 0,
          events: 0,
        });
      },
    );

    it('a field name with NUL: 400 naming it', async () => {
      const answer = await stack.http.post(
        '/v1/areas',
        { name: 'Operations', kind: 'back', ['ki\u0000nd']: 'x' },
        { as: users.improver },
      );
      expect(refusal(answer, 400).fields).toEqual(['ki\u0000nd']);
    });

    it.each([
      ['a cursor', '/v1/areas?cursor=%00', 'cursor'],
      ['a filter', `/v1/priorities?period=2026-Q3%00`, 'period'],
      ['a query key', '/v1/cycles?st%00age=closed', 'st\u0000age'],
      ['a route parameter', '/v1/cycles/%00', 'id'],
      ['a route parameter of a write', `/v1/kpis/${randomUUID()}%00/measurements`, 'id'],
    ])('%s with NUL: 400 naming it', async (_case, path, field) => {
      const method = path.endsWith('measurements') ? 'POST' : 'GET';
      const answer = await stack.http.request(method, path, {
        as: users.admin,
        ...(method === 'POST' ? { body: { value: 1, measuredAt: '2026-01-01' } } : {}),
      });
      expect(refusal(answer, 400).fields).toEqual([field]);
    });
  });

  describe('Idempotency-Key', () => {
    it.each([
      ['201 characters', 'k'.repeat(201)],
      ['a character outside ASCII', `clé-${randomUUID()}`],
    ])('of %s: 400 naming it, nothing recorded', async (_case, key) => {
      const { id } = await startCycleOnNewService(stack.http);
      const answer = await stack.http.request('PUT', `/v1/cycles/${id}/gap`, {
        as: users.improver,
        body: gap(),
        headers: { 'idempotency-key': key },
      });
      expect(refusal(answer, 400).fields).toEqual(['Idempotency-Key']);
      const cycle = expectOk(await stack.http.get(`/v1/cycles/${id}`, { as: users.auditor }));
      expect(cycle.body.gap).toBeNull();
    });

    it('with a control character never reaches the app: the HTTP parser answers 400', async () => {
      const url = new URL(stack.http.baseUrl);
      const statusLine = await new Promise<string>((resolve, reject) => {
        const socket = connect(Number(url.port), url.hostname, () => {
          socket.write(
            `PUT /v1/cycles/${randomUUID()}/gap HTTP/1.1\r\nHost: x\r\n` +
              'Idempotency-Key: a\u0001b\r\nContent-Length: 0\r\n\r\n',
          );
        });
        socket.once('data', (chunk) => {
          resolve(chunk.toString('latin1').split('\r\n')[0] ?? '');
          socket.destroy();
        });
        socket.once('error', reject);
      });
      expect(statusLine).toMatch(/^HTTP\/1\.1 400/);
    });
  });

  describe('tokens', () => {
    it.each([
      ['a sub of 201 characters', 'a'.repeat(201), 'at most 200 characters'],
      ['the sub "system", reserved for timer-driven events', 'system', 'reserved'],
    ])('%s: 401 saying why, nothing written', async (_case, sub, why) => {
      const requestId = `refused-${randomUUID()}`;
      const answer = await stack.http.post(
        '/v1/areas',
        { name: `Operations ${randomUUID()}`, kind: 'back' },
        {
          token: stack.http.tokenFor(sub, [Role.Improver]),
          headers: { 'x-request-id': requestId },
        },
      );
      expect(refusal(answer, 401).detail).toContain(why);
      expect(await writtenBy(requestId)).toBe(0);
    });
  });

  it('the OpenAPI document shows the limits the workflow enforces, and each clock its bounds', async () => {
    const { schemas } = (await stack.http.get('/docs-json')).body.components;
    const prop = (schema: string, field: string) => schemas[schema].properties[field];
    expect({
      statement: prop('RecordGapDto', 'statement').maxLength,
      gapEvidence: prop('RecordGapDto', 'evidence').maxLength,
      causes: prop('RecordRootCausesDto', 'causes').maxItems,
      description: prop('RootCauseDto', 'description').maxLength,
      causeEvidence: prop('RootCauseDto', 'evidence').maxLength,
      whys: prop('RootCauseDto', 'whys').maxItems,
      why: prop('RootCauseDto', 'whys').items.maxLength,
      initiatives: prop('RecordInitiativesDto', 'initiatives').maxItems,
      title: prop('InitiativeDto', 'title').maxLength,
      ownerId: prop('InitiativeDto', 'ownerId').maxLength,
      expectedEffect: prop('InitiativeDto', 'expectedEffect').maxLength,
      notes: [prop('SubmitStageDto', 'note').maxLength, prop('ProgressDto', 'note').maxLength],
      reasons: [prop('DecisionDto', 'reason').maxLength, prop('ReasonDto', 'reason').maxLength],
    }).toEqual({
      statement: LIMITS.gapText,
      gapEvidence: LIMITS.gapText,
      causes: LIMITS.causes,
      description: LIMITS.causeText,
      causeEvidence: LIMITS.causeText,
      whys: LIMITS.whys,
      why: LIMITS.whyText,
      initiatives: LIMITS.initiatives,
      title: LIMITS.initiativeTitle,
      ownerId: PERSON_ID_MAX_LENGTH,
      expectedEffect: LIMITS.expectedEffect,
      notes: [LIMITS.note, LIMITS.note],
      reasons: [LIMITS.reason, LIMITS.reason],
    });
    for (const [field, maximum] of Object.entries(POLICY_MAXIMUM)) {
      expect(prop('CyclePolicyDto', field).description).toContain(
        `From CYCLE_POLICY_MIN (${DEFAULT_POLICY_MINIMUM} unless configured) to ${maximum}`,
      );
    }
  });

  describe('policy bounds', () => {
    it.each([
      [{ checkInEvery: 'P300000Y' }, 'policy.checkInEvery', 'between PT1S and P1Y'],
      [{ checkInEvery: 'PT0S' }, 'policy.checkInEvery', 'between PT1S and P1Y'],
      [{ approvalSla: 'P91D' }, 'policy.approvalSla', 'between PT1S and P90D'],
      [{ reEvaluateAfter: 'P5Y1D' }, 'policy.reEvaluateAfter', 'between PT1S and P5Y'],
    ])(
      '%j: 400 naming the field and its bounds; nothing started, then a cycle starts',
      async (policy, field, bounds) => {
        const service = await createService(stack.http);
        const answer = await stack.http.post(
          '/v1/cycles',
          { serviceId: service.id, policy },
          { as: users.improver },
        );
        expect(refusal(answer, 400).fields).toEqual([field]);
        expect(answer.body.errors[0].message).toContain(bounds);
        const cycles = async () =>
          (await stack.http.get(`/v1/cycles?serviceId=${service.id}`, { as: users.auditor })).body
            .items.length;
        expect(await cycles()).toBe(0);

        expectOk(
          await stack.http.post('/v1/cycles', { serviceId: service.id }, { as: users.improver }),
          202,
        );
        expect(await cycles()).toBe(1);
      },
    );

    it(`CYCLE_POLICY_MIN takes effect: ${DEFAULT_POLICY_MINIMUM} (the default) refuses PT2S, PT1S accepts it`, async () => {
      const strict = await startTestStack({
        worker: false,
        cyclePolicyMin: DEFAULT_POLICY_MINIMUM,
      });
      try {
        const service = await createService(stack.http);
        const body = { serviceId: service.id, policy: { approvalSla: 'PT2S' } };
        const refused = await strict.http.post('/v1/cycles', body, { as: users.improver });
        expect(refusal(refused, 400).fields).toEqual(['policy.approvalSla']);
        expect(refused.body.errors[0].message).toContain(
          `between ${DEFAULT_POLICY_MINIMUM} and P90D`,
        );
        // The same request on the test stack (CYCLE_POLICY_MIN=PT1S) starts the cycle.
        expectOk(await stack.http.post('/v1/cycles', body, { as: users.improver }), 202);
      } finally {
        await strict.close();
      }
    });
  });
});
