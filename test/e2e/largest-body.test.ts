import type { temporal } from '@temporalio/proto';
import { Client, Connection } from '@temporalio/client';
import { CYCLE_INPUT_LIMITS as LIMITS, cycleWorkflowId } from '@app/domain';
import {
  causeIdsOf,
  expectOk,
  gap,
  passGate,
  startCycleOnNewService,
} from '../support/cycle-steps';
import type { TestStack } from '../support/test-stack';
import { startTestStack } from '../support/test-stack';
import { testEnvironment } from '../support/test-environment';
import { users } from '../support/users';

/** Temporal refuses a payload over 2 MiB; the largest command must stay well under it. */
const TEMPORAL_PAYLOAD_LIMIT = 2 * 1024 * 1024;
/** The service's default HTTP_BODY_LIMIT. */
const DEFAULT_BODY_LIMIT = 1024 * 1024;

/** `length` UTF-16 units of a three-byte UTF-8 character: the worst case for payload bytes. */
const wide = (length: number) => '漢'.repeat(length);

const largestCauses = () => ({
  causes: Array.from({ length: LIMITS.causes }, () => ({
    category: 'process',
    description: wide(LIMITS.causeText),
    whys: Array.from({ length: LIMITS.whys }, () => wide(LIMITS.whyText)),
    evidence: wide(LIMITS.causeText),
  })),
});

const largestInitiatives = () => ({
  initiatives: Array.from({ length: LIMITS.initiatives }, (_, index) => ({
    title: wide(LIMITS.initiativeTitle),
    ownerId: `owner-${index}-${'o'.repeat(180)}`,
    dueDate: '2099-01-31',
    expectedEffect: wide(LIMITS.expectedEffect),
  })),
});

/** The largest payload in the workflow's history: what Temporal's limit applies to. */
function largestPayloadBytes(history: temporal.api.history.v1.IHistory): number {
  let largest = 0;
  const visit = (value: unknown): void => {
    if (value instanceof Uint8Array) {
      largest = Math.max(largest, value.byteLength);
    } else if (Array.isArray(value)) {
      value.forEach(visit);
    } else if (value && typeof value === 'object') {
      Object.values(value).forEach(visit);
    }
  };
  visit(history.events);
  return largest;
}

describe('the largest cycle the limits allow', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack({ bodyLimit: DEFAULT_BODY_LIMIT });
  });
  afterAll(() => stack.close());

  it('records every stage at its limits, reads back intact, and fits Temporal with room to spare', async () => {
    const { id } = await startCycleOnNewService(stack.http);
    const largestGap = {
      ...gap(),
      statement: wide(LIMITS.gapText),
      evidence: wide(LIMITS.gapText),
    };
    const causes = largestCauses();
    const initiatives = largestInitiatives();
    expect(Buffer.byteLength(JSON.stringify(causes))).toBeLessThan(DEFAULT_BODY_LIMIT);

    expectOk(
      await stack.http.request('PUT', `/v1/cycles/${id}/gap`, {
        as: users.improver,
        body: largestGap,
      }),
    );
    await passGate(stack.http, id);
    const causeIds = causeIdsOf(
      expectOk(
        await stack.http.request('PUT', `/v1/cycles/${id}/root-causes`, {
          as: users.improver,
          body: causes,
        }),
      ).body,
    );
    await passGate(stack.http, id);
    const [first, ...rest] = initiatives.initiatives;
    expectOk(
      await stack.http.request('PUT', `/v1/cycles/${id}/initiatives`, {
        as: users.improver,
        body: { initiatives: [{ ...first, addressesCauseIds: causeIds }, ...rest] },
      }),
    );
    await passGate(stack.http, id);

    const cycle = expectOk(await stack.http.get(`/v1/cycles/${id}`, { as: users.auditor })).body;
    expect(cycle.stage).toBe('execution_monitoring');
    expect(cycle.gap.statement).toBe(largestGap.statement);
    expect(cycle.rootCauses.map(({ id: _, ...cause }: { id: string }) => cause)).toEqual(
      causes.causes,
    );
    expect(
      cycle.initiatives.map((i: { title: string; ownerId: string }) => [i.title, i.ownerId]),
    ).toEqual(initiatives.initiatives.map((i) => [i.title, i.ownerId]));

    // The whole history is larger than gRPC's default 4 MiB message: read it as the UI would.
    const connection = await Connection.connect({
      address: testEnvironment().temporalAddress,
      channelArgs: { 'grpc.max_receive_message_length': 64 * 1024 * 1024 },
    });
    try {
      const history = await new Client({ connection }).workflow
        .getHandle(cycleWorkflowId(id))
        .fetchHistory();
      expect(largestPayloadBytes(history)).toBeLessThan(TEMPORAL_PAYLOAD_LIMIT / 2);
    } finally {
      await connection.close();
    }
  });

  it('refuses one item or one character over each limit with 400, and records nothing', async () => {
    const { id } = await startCycleOnNewService(stack.http);
    const overLong = await stack.http.request('PUT', `/v1/cycles/${id}/gap`, {
      as: users.improver,
      body: { ...gap(), statement: wide(LIMITS.gapText + 1) },
    });
    expect(overLong.status).toBe(400);
    expect(overLong.body.errors).toEqual([expect.objectContaining({ field: 'statement' })]);
    expectOk(
      await stack.http.request('PUT', `/v1/cycles/${id}/gap`, { as: users.improver, body: gap() }),
    );
    await passGate(stack.http, id);
    const tooMany = largestCauses();
    tooMany.causes.push(tooMany.causes[0]!);
    const refused = await stack.http.request('PUT', `/v1/cycles/${id}/root-causes`, {
      as: users.improver,
      body: tooMany,
    });
    expect(refused.status).toBe(400);
    const cycle = expectOk(await stack.http.get(`/v1/cycles/${id}`, { as: users.auditor })).body;
    expect(cycle.rootCauses).toEqual([]);
  });
});
