import { cycleWorkflowId } from '@app/domain';
import {
  causeIdsOf,
  causes,
  expectOk,
  gap,
  historyOf,
  initiatives,
  otherManager,
  passGate,
  reachMonitoring,
  startCycleOnNewService,
  waitForCycle,
} from '../support/cycle-steps';
import { recordHistoryIfAsked } from '../support/record-history';
import type { TestStack } from '../support/test-stack';
import { startTestStack } from '../support/test-stack';
import { users } from '../support/users';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const twoCauses = {
  causes: [
    causes.causes[0],
    {
      category: 'measurement',
      description: 'Nobody measures the queue',
      whys: ['No tool counts requests'],
      evidence: 'Interviews',
    },
  ],
};

describe('traceability: causes, the initiatives that address them, the re-evaluation’s review and a restart’s drafts', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(async () => {
    await stack.close();
  });

  const put = (id: string, what: string, body: unknown) =>
    stack.http.request('PUT', `/v1/cycles/${id}/${what}`, { as: users.improver, body });
  const submit = (id: string, body: Record<string, unknown> = {}) =>
    stack.http.post(`/v1/cycles/${id}/submit`, body, { as: users.improver });

  /** A cycle in initiative planning with two root causes; their ids. */
  const planning = async () => {
    const { id } = await startCycleOnNewService(stack.http);
    expectOk(await put(id, 'gap', gap()));
    await passGate(stack.http, id);
    const causeIds = causeIdsOf(expectOk(await put(id, 'root-causes', twoCauses)).body);
    await passGate(stack.http, id);
    return { id, causeIds };
  };

  it('refuses to submit initiatives that leave a root cause unaddressed, naming it, unless accepted with a reason', async () => {
    const { id, causeIds } = await planning();
    expect(causeIds).toHaveLength(2);
    expect(causeIds.every((causeId) => UUID.test(causeId))).toBe(true);
    const [queue, metrics] = causeIds as [string, string];

    const unknown = await put(
      id,
      'initiatives',
      initiatives(undefined, [`${metrics.slice(0, -1)}${metrics.endsWith('0') ? '1' : '0'}`]),
    );
    expect(unknown.status).toBe(400);
    expectOk(await put(id, 'initiatives', initiatives(undefined, [queue])));

    const refused = await submit(id);
    expect(refused.status).toBe(409);
    expect(refused.body.type).toBe('/problems/uncovered-causes');
    expect(refused.body.detail).toContain(metrics);
    expect(refused.body.detail).toContain('Nobody measures the queue');
    expect((await stack.http.get(`/v1/cycles/${id}`, { as: users.auditor })).body).toMatchObject({
      stage: 'initiative_planning',
      status: 'in_progress',
    });

    expect((await submit(id, { uncoveredCauses: 'accepted' })).status).toBe(400);
    const accepted = expectOk(
      await submit(id, { uncoveredCauses: 'accepted', reason: 'Metrics come with the new tool' }),
    ).body;
    expect(accepted.status).toBe('awaiting_approval');
    const submitted = (await historyOf(stack.http, id)).filter(
      (event) => event.action === 'stage_submitted',
    );
    expect(submitted.at(-1)?.data.uncoveredCauses).toEqual({
      causeIds: [metrics],
      reason: 'Metrics come with the new tool',
    });

    const evidence = expectOk(
      await stack.http.get(`/v1/cycles/${id}/evidence`, { as: users.auditor }),
    ).body;
    const initiativeId = accepted.initiatives[0].id as string;
    expect(evidence.traceability.links).toEqual(
      expect.arrayContaining([
        { from: 'gap', to: `cause:${queue}` },
        { from: 'gap', to: `cause:${metrics}` },
        { from: `cause:${queue}`, to: `initiative:${initiativeId}` },
      ]),
    );
    expect(evidence.traceability.uncoveredCauseIds).toEqual([metrics]);
    await recordHistoryIfAsked(cycleWorkflowId(id), 'cycle-uncovered-causes-accepted');
  });

  it('records the re-evaluation’s review, and a restart opens the next cycle with the open work as drafts', async () => {
    const { id } = await startCycleOnNewService(stack.http);
    const monitoring = await reachMonitoring(stack.http, id);
    const [open, finished] = monitoring.initiatives as { id: string; title: string }[];
    expectOk(
      await stack.http.post(
        `/v1/cycles/${id}/initiatives/${finished?.id}/progress`,
        { percentComplete: 100, status: 'done' },
        { as: users.improver },
      ),
    );
    expectOk(
      await stack.http.post(
        `/v1/cycles/${id}/re-evaluate-now`,
        { reason: 'Half-year' },
        { as: otherManager },
      ),
    );
    const review = {
      stillValid: false,
      prioritiesChanged: true,
      customerPreferencesChanged: false,
      environmentChanged: true,
      initiatives: [
        { id: open?.id, verdict: 'change', note: 'Owner per shift is not enough' },
        { id: finished?.id, verdict: 'keep' },
      ],
    };
    const badReview = await stack.http.post(
      `/v1/cycles/${id}/decisions`,
      {
        decision: 'restart',
        reason: 'The environment changed',
        review: { ...review, initiatives: [{ id: 'not-a-uuid', verdict: 'keep' }] },
      },
      { as: users.manager },
    );
    expect(badReview.status).toBe(400);
    const restarted = expectOk(
      await stack.http.post(
        `/v1/cycles/${id}/decisions`,
        { decision: 'restart', reason: 'The environment changed', review },
        { as: users.manager },
      ),
    ).body;
    const closing = (await historyOf(stack.http, id)).find((e) => e.action === 'cycle_restarted');
    expect(closing?.data.review).toEqual({
      ...review,
      initiatives: [review.initiatives[0], { ...review.initiatives[1], note: null }],
    });

    const nextId = restarted.nextCycleId as string;
    const next = await waitForCycle(
      stack.http,
      nextId,
      'the next cycle',
      (cycle) => cycle.stage === 'gap_identification',
    );
    expect(next.previousCycleId).toBe(id);
    expect(next.rootCauses).toHaveLength(1);
    expect(next.rootCauses[0]).toMatchObject({
      description: causes.causes[0]?.description,
      origin: { cycleId: id, causeId: monitoring.rootCauses[0].id },
    });
    expect(next.initiatives).toHaveLength(1);
    expect(next.initiatives[0]).toMatchObject({
      title: open?.title,
      origin: { cycleId: id, initiativeId: open?.id },
      addressesCauseIds: [next.rootCauses[0].id],
    });
    expect(next.initiatives[0].id).not.toBe(open?.id);
    await recordHistoryIfAsked(cycleWorkflowId(id), 'cycle-restarted-with-review-and-drafts');
  });
});
