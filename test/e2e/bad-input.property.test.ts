import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { POLICY_MAXIMUM, Role } from '@app/domain';
import type { HttpResponse } from '../support/http-client';
import { startCycleOnNewService } from '../support/cycle-steps';
import { queryDatabase } from '../support/database';
import type { OpenApiDocument, TextField, WriteOperation } from '../support/openapi-bodies';
import { sampleBody, textFields, withValueAt, writeOperations } from '../support/openapi-bodies';
import type { TestStack } from '../support/test-stack';
import { startTestStack } from '../support/test-stack';

/** Holds every role, so requests get past authorization to validation and the rules behind it. */
const everyone = {
  sub: 'fuzz-everyone',
  roles: [Role.Improver, Role.Manager, Role.Auditor, Role.Admin],
};

/** Bodies no endpoint should accept: wrong shapes, wrong types, unknown fields, huge values. */
const badBody = fc.oneof(
  fc.constant(undefined),
  fc.jsonValue({ maxDepth: 3 }),
  fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 6 }),
  fc.record({ name: fc.oneof(fc.integer(), fc.boolean(), fc.constant(null)), kind: fc.string() }),
  fc.record({ huge: fc.string({ minLength: 5_000, maxLength: 20_000 }) }),
  fc.record({ causes: fc.array(fc.anything(), { minLength: 51, maxLength: 80 }) }),
  fc.record({ serviceId: fc.string(), score: fc.double(), unknownField: fc.string() }),
);

/** Malformed JSON text, sent as is. */
const malformed = fc.oneof(
  fc.constant('{"a":'),
  fc.constant('[1,2'),
  fc.string({ maxLength: 40 }).map((s) => `{${s}`),
);

/** Text as people write it: Latin, CJK, Arabic and emoji (two UTF-16 units each). */
const mixedScript = fc.string({
  unit: fc
    .oneof(
      fc.integer({ min: 0x20, max: 0x7e }),
      fc.integer({ min: 0xc0, max: 0x24f }),
      fc.integer({ min: 0x4e00, max: 0x9fff }),
      fc.integer({ min: 0x0620, max: 0x064a }),
      fc.integer({ min: 0x1f300, max: 0x1f64f }),
    )
    .map((codePoint) => String.fromCodePoint(codePoint)),
  minLength: 1,
  maxLength: 12,
});

/** C0 controls PostgreSQL or a reader chokes on: all but tab, line feed and carriage return. */
const controlCharacter = fc
  .integer({ min: 0, max: 0x1f })
  .filter((code) => ![0x09, 0x0a, 0x0d].includes(code))
  .map((code) => String.fromCharCode(code));

const unstorableCharacter = fc.oneof(
  fc.constant('\u0000'),
  controlCharacter,
  fc.integer({ min: 0xd800, max: 0xdbff }).map((code) => String.fromCharCode(code)),
  fc.integer({ min: 0xdc00, max: 0xdfff }).map((code) => String.fromCharCode(code)),
);

/** Text no field accepts: unstorable somewhere, or longer than the field's limit. */
type BadText =
  { kind: 'unstorable'; text: string } | { kind: 'too long'; unit: string; over: number };
const badText: fc.Arbitrary<BadText> = fc.oneof(
  fc
    .tuple(mixedScript, unstorableCharacter, mixedScript)
    .map(([before, bad, after]) => ({ kind: 'unstorable' as const, text: before + bad + after })),
  fc
    .tuple(mixedScript, fc.integer({ min: 1, max: 300 }))
    .map(([unit, over]) => ({ kind: 'too long' as const, unit, over })),
);

/** Past the field's documented limit (in UTF-16 units, as the rules count), or past any limit. */
function materialize(bad: BadText, field: TextField): string {
  if (bad.kind === 'unstorable') {
    return bad.text;
  }
  const length = (field.maxLength ?? 5_000) + bad.over;
  return bad.unit.repeat(Math.ceil(length / bad.unit.length)).slice(0, length);
}

/** A path segment as sent: ids, junk, and control characters percent-encoded. */
const pathSegment = fc.oneof(
  fc.uuid().map(String),
  fc.constantFrom('not-a-uuid', '1', '%00', '%ED%A0%80', '%C0%80'),
  fc.string({ minLength: 1, maxLength: 30 }).map(encodeURIComponent),
  fc.tuple(mixedScript, controlCharacter).map(([text, bad]) => encodeURIComponent(text + bad)),
);

/** Policy clocks by where they fall: `out` below PT1S (the test stack's minimum) or past a maximum. */
function durationFor(field: keyof typeof POLICY_MAXIMUM) {
  const above = {
    approvalSla: ['P91D', 'P4M', 'P13W', 'PT2161H'],
    checkInEvery: ['P1Y1D', 'P13M', 'P366D', 'P53W'],
    reEvaluateAfter: ['P5Y1D', 'P61M', 'P6Y', 'P1827D'],
  }[field];
  return fc.oneof(
    fc
      .constantFrom('PT0S', 'P0D', 'PT0.5S', 'PT0.999S', 'P0Y')
      .map((text) => ({ text, out: true })),
    fc.constantFrom(...above).map((text) => ({ text, out: true })),
    fc
      .constantFrom('P300000Y', 'P99999999999D', 'PT99999999999999H', 'P9999999M')
      .map((text) => ({ text, out: true })),
    fc.integer({ min: 1, max: 89 * 86_400 }).map((s) => ({ text: `PT${s}S`, out: false })),
    fc.integer({ min: 1, max: 89 }).map((days) => ({ text: `P${days}D`, out: false })),
    fc.constantFrom('PT1S', POLICY_MAXIMUM[field]).map((text) => ({ text, out: false })),
  );
}

describe('bad input against every write endpoint of the OpenAPI document', () => {
  let stack: TestStack;
  let document: OpenApiDocument;
  let writes: WriteOperation[];
  let cycleId: string;
  let activeServiceId: string;

  beforeAll(async () => {
    stack = await startTestStack();
    document = (await stack.http.get('/docs-json')).body as OpenApiDocument;
    writes = writeOperations(document);
    // A real cycle too, so commands also meet the workflow's own validators.
    const started = await startCycleOnNewService(stack.http);
    cycleId = started.id;
    activeServiceId = started.service.id;
  });
  afterAll(async () => {
    await stack.close();
  });

  /** Sends the request and reports anything but a clean refusal: 4xx problem, nothing written. */
  async function refusedCleanly(
    method: string,
    path: string,
    options: { body?: unknown; rawBody?: string },
  ): Promise<{ answer: HttpResponse; verdict: unknown }> {
    const requestId = `fuzz-${randomUUID()}`;
    const answer = await stack.http.request(method, path, {
      as: everyone,
      headers: { 'x-request-id': requestId },
      ...options,
    });
    const written = await queryDatabase('SELECT seq FROM audit_events WHERE request_id = $1', [
      requestId,
    ]);
    const clientError = answer.status >= 400 && answer.status < 500;
    const problem = String(answer.headers.get('content-type')).includes('application/problem+json');
    const verdict =
      clientError && problem && written.length === 0
        ? 'refused cleanly'
        : { status: answer.status, problem, written: written.length, body: answer.body };
    return { answer, verdict };
  }

  const fillPath = (template: string, realCycle: boolean, segment: string) =>
    template.replace(/\{([^}]+)\}/g, (_all, name: string) =>
      realCycle && name === 'id' ? cycleId : name === 'id' ? segment : randomUUID(),
    );

  it('covers every write endpoint, and finds the text fields of each', () => {
    const routes = writes.map(({ method, path }) => `${method} ${path}`);
    expect(routes).toEqual(
      expect.arrayContaining([
        'POST /v1/areas',
        'POST /v1/services',
        'POST /v1/surveys/{id}/responses',
        'POST /v1/cycles',
        'PUT /v1/cycles/{id}/gap',
        'PUT /v1/cycles/{id}/root-causes',
        'POST /v1/cycles/{id}/decisions',
        'POST /v1/cycles/{id}/initiatives/{initiativeId}/progress',
        'POST /v1/maturity/self-test',
      ]),
    );
    const rootCauses = writes.find((write) => write.path === '/v1/cycles/{id}/root-causes');
    expect(
      textFields(document, rootCauses?.body ?? {}).map((field) => field.path.join('.')),
    ).toEqual(
      expect.arrayContaining(['causes.0.description', 'causes.0.whys.0', 'causes.0.evidence']),
    );
  });

  it('answers wrong shapes and malformed JSON with a 4xx problem, never 5xx, and writes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...writes),
        pathSegment,
        fc.boolean(),
        badBody,
        malformed,
        fc.boolean(),
        async (write, segment, realCycle, body, raw, sendRaw) => {
          const path = fillPath(write.path, realCycle, segment);
          const { verdict } = await refusedCleanly(
            write.method,
            path,
            sendRaw ? { rawBody: raw } : body === undefined ? {} : { body },
          );
          expect({ route: `${write.method} ${path}`, verdict }).toEqual({
            route: `${write.method} ${path}`,
            verdict: 'refused cleanly',
          });
        },
      ),
      { numRuns: 150, seed: 20261122, endOnFailure: true },
    );
  });

  it('refuses bad text in every text field of every write endpoint with a 400 naming the field', async () => {
    const targets = writes.flatMap((write) =>
      textFields(document, write.body ?? {}).map((field) => ({ write, field })),
    );
    expect(targets.length).toBeGreaterThan(40);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...targets), badText, async ({ write, field }, bad) => {
        const body = withValueAt(
          sampleBody(document, write.body ?? {}),
          field.path,
          materialize(bad, field),
        );
        const path = fillPath(write.path, true, randomUUID());
        const { answer, verdict } = await refusedCleanly(write.method, path, {
          rawBody: JSON.stringify(body),
        });
        const named = ((answer.body?.errors ?? []) as { field: string }[]).map((e) => e.field);
        // Unstorable text is named exactly; a rule on an array of strings may name the array.
        const exact = field.path.join('.');
        const namesIt =
          named.includes(exact) || (bad.kind === 'too long' && named.includes(field.ruleField));
        expect({
          route: `${write.method} ${path}`,
          bad: bad.kind,
          verdict,
          named,
          namesIt,
        }).toEqual({
          route: `${write.method} ${path}`,
          bad: bad.kind,
          verdict: 'refused cleanly',
          named,
          namesIt: true,
        });
        expect(answer.status).toBe(400);
      }),
      { numRuns: 300, seed: 20261123, endOnFailure: true },
    );
  });

  it('refuses policy clocks outside PT1S..their maximum with 400 naming each; inside, nothing starts twice', async () => {
    const clock = (field: keyof typeof POLICY_MAXIMUM) =>
      fc.option(durationFor(field), { nil: undefined });
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          approvalSla: clock('approvalSla'),
          checkInEvery: clock('checkInEvery'),
          reEvaluateAfter: clock('reEvaluateAfter'),
        }),
        fc.boolean(),
        async (clocks, activeService) => {
          const policy = Object.fromEntries(
            Object.entries(clocks).flatMap(([name, value]) => (value ? [[name, value.text]] : [])),
          );
          const out = Object.entries(clocks).flatMap(([name, value]) =>
            value?.out ? [`policy.${name}`] : [],
          );
          const serviceId = activeService ? activeServiceId : randomUUID();
          const { answer, verdict } = await refusedCleanly('POST', '/v1/cycles', {
            body: { serviceId, policy },
          });
          // Each refused clock is named, with a message that states its bounds.
          const named = ((answer.body?.errors ?? []) as { field: string; message: string }[]).map(
            ({ field, message }) => {
              const name = field.replace('policy.', '') as keyof typeof POLICY_MAXIMUM;
              const bounds = `between PT1S and ${POLICY_MAXIMUM[name]}`;
              return message.includes(bounds) ? field : `${field}: ${message}`;
            },
          );
          // In bounds, the service decides: it already has a cycle (409) or does not exist (404).
          const status = out.length > 0 ? 400 : activeService ? 409 : 404;
          expect({ policy, verdict, status: answer.status, named }).toEqual({
            policy,
            verdict: 'refused cleanly',
            status,
            named: out,
          });
        },
      ),
      { numRuns: 150, seed: 20261124, endOnFailure: true },
    );
  });
});
