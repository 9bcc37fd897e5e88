import { randomUUID } from 'node:crypto';
import {
  actionsOf,
  causeIdsOf,
  causes,
  expectChained,
  expectOk,
  gap,
  historyOf,
  initiatives,
  otherManager,
  passGate,
  serviceWithKpi,
  startCycle,
  startCycleOnNewService,
  systemActions,
  waitForCycle,
} from '../support/cycle-steps';
import { createService } from '../support/factories';
import { recordHistoryIfAsked } from '../support/record-history';
import type { TestStack } from '../support/test-stack';
import { startTestStack } from '../support/test-stack';
import { users } from '../support/users';

describe('a cycle through its three gates, over HTTP on Temporal and PostgreSQL', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(async () => {
    await stack.close();
  });

  const put = (path: string, body: unknown, as = users.improver) =>
    stack.http.request('PUT', path, { as, body });

  it('passes every gate after a rejection, a reminder, an escalation and a retried approval', async () => {
    const { service, kpi } = await serviceWithKpi(stack.http);
    const id = await startCycle(stack.http, service.id, {
      approvalSla: 'PT2S',
      escalateTo: 'admin',
    });

    // Gap identification, sent back once.
    const withGap = expectOk(await put(`/v1/cycles/${id}/gap`, gap(kpi.id))).body;
    expect(withGap).toMatchObject({
      stage: 'gap_identification',
      status: 'in_progress',
      gap: { currentValue: 9, kpiId: kpi.id },
    });
    const early = await put(`/v1/cycles/${id}/root-causes`, causes);
    expect(early.status).toBe(409);

    expect(
      expectOk(
        await stack.http.post(
          `/v1/cycles/${id}/submit`,
          { note: 'first try' },
          { as: users.improver },
        ),
      ).body.status,
    ).toBe('awaiting_approval');
    expect(
      (
        await stack.http.post(
          `/v1/cycles/${id}/decisions`,
          { decision: 'approve' },
          { as: users.improver },
        )
      ).status,
    ).toBe(403);
    const rejected = expectOk(
      await stack.http.post(
        `/v1/cycles/${id}/decisions`,
        { decision: 'reject', reason: 'Quantify the evidence' },
        { as: users.manager },
      ),
    ).body;
    expect(rejected).toMatchObject({
      stage: 'gap_identification',
      status: 'in_progress',
      lastRejection: { reason: 'Quantify the evidence', decision: 'reject' },
    });

    // Resubmitted, then left waiting past one and two SLA periods.
    expectOk(await stack.http.post(`/v1/cycles/${id}/submit`, {}, { as: users.improver }));
    const escalated = await waitForCycle(
      stack.http,
      id,
      'a reminder and an escalation',
      (cycle) => cycle.escalations.length >= 2,
    );
    expect(escalated.escalations.slice(0, 2)).toEqual([
      expect.objectContaining({
        kind: 'reminder',
        level: 0,
        toRole: 'manager',
        stage: 'gap_identification',
      }),
      expect.objectContaining({
        kind: 'escalation',
        level: 1,
        toRole: 'admin',
        stage: 'gap_identification',
      }),
    ]);
    // The inbox pages oldest first (50 by default) and other files' cycles wait too: one big page.
    const inbox = expectOk(
      await stack.http.get('/v1/approvals/pending?limit=200', { as: users.manager }),
    ).body.items;
    const waiting = inbox.find((cycle: { id: string }) => cycle.id === id);
    expect(waiting.pendingApproval.waitingSeconds).toBeGreaterThanOrEqual(4);

    // A decision retried with its Idempotency-Key is recorded once and answered the same.
    const key = `approve-gap-${randomUUID()}`;
    const approve = () =>
      stack.http.post(
        `/v1/cycles/${id}/decisions`,
        { decision: 'approve', reason: 'Clear now' },
        { as: users.manager, headers: { 'idempotency-key': key } },
      );
    const first = expectOk(await approve()).body;
    const retried = expectOk(await approve()).body;
    expect(first.stage).toBe('root_cause_analysis');
    expect(retried).toEqual(first);
    const noticesAtApproval = first.escalations.length;

    // Root causes and initiatives, each through its gate.
    const causeIds = causeIdsOf(expectOk(await put(`/v1/cycles/${id}/root-causes`, causes)).body);
    expect((await passGate(stack.http, id)).stage).toBe('initiative_planning');
    const planned = expectOk(
      await put(`/v1/cycles/${id}/initiatives`, initiatives(kpi.id, causeIds)),
    ).body;
    expect(planned.initiatives).toHaveLength(2);
    expect(planned.initiatives[0]).toMatchObject({
      id: expect.any(String),
      status: 'not_started',
      percentComplete: 0,
    });
    const monitoring = await passGate(stack.http, id);
    expect(monitoring).toMatchObject({
      stage: 'execution_monitoring',
      status: 'in_progress',
      monitoring: { number: 1 },
    });

    // The history tells this part of the story once, in order, chained.
    const events = await historyOf(stack.http, id);
    const actions = actionsOf(events);
    expect(actions.slice(0, 6)).toEqual([
      'cycle_started',
      'gap_recorded',
      'stage_submitted',
      'stage_rejected',
      'stage_submitted',
      'approval_reminder_sent',
    ]);
    expect(actions.filter((action: string) => action === 'stage_approved')).toHaveLength(3);
    expect(actions.filter((action: string) => action === 'approval_escalated').length).toBe(
      noticesAtApproval - 1,
    );
    expect(actions).toEqual(
      expect.arrayContaining(['root_causes_recorded', 'initiatives_recorded']),
    );
    expectChained(events, id);
    expect(systemActions(events)).toEqual(
      new Set(['approval_reminder_sent', 'approval_escalated']),
    );
    await recordHistoryIfAsked(`cycle-${id}`, 'cycle-gates-rejected-reminded');
  });

  it('never lets a manager decide on their own submission', async () => {
    const service = await createService(stack.http);
    const both = { sub: 'bo-both', roles: [...users.improver.roles, ...users.manager.roles] };
    const id = expectOk(
      await stack.http.post('/v1/cycles', { serviceId: service.id }, { as: both }),
      202,
    ).body.id;
    expectOk(await put(`/v1/cycles/${id}/gap`, gap(), both));
    expectOk(await stack.http.post(`/v1/cycles/${id}/submit`, {}, { as: both }));

    const own = await stack.http.post(
      `/v1/cycles/${id}/decisions`,
      { decision: 'approve' },
      { as: both },
    );

    expect(own.status).toBe(403);
    expect(own.body.detail).toContain('own submission');
    expect(actionsOf(await historyOf(stack.http, id))).toEqual([
      'cycle_started',
      'gap_recorded',
      'stage_submitted',
    ]);
  });

  it('lets one of two managers deciding at once win; the other gets 409', async () => {
    const { id } = await startCycleOnNewService(stack.http);
    expectOk(await put(`/v1/cycles/${id}/gap`, gap()));
    expectOk(await stack.http.post(`/v1/cycles/${id}/submit`, {}, { as: users.improver }));

    const answers = await Promise.all([
      stack.http.post(`/v1/cycles/${id}/decisions`, { decision: 'approve' }, { as: users.manager }),
      stack.http.post(
        `/v1/cycles/${id}/decisions`,
        { decision: 'reject', reason: 'No' },
        { as: otherManager },
      ),
    ]);

    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
    const decided = (await historyOf(stack.http, id)).filter((event: { action: string }) =>
      ['stage_approved', 'stage_rejected'].includes(event.action),
    );
    expect(decided).toHaveLength(1);
  });
});
