import { randomUUID } from 'node:crypto';
import { getCycleQuery } from '@app/domain';
import { auditHash } from '@app/persistence';
import {
  causes,
  expectOk,
  gap,
  initiatives,
  otherManager,
  passGate,
  reachMonitoring,
  startCycleOnNewService,
  waitForCycle,
} from '../support/cycle-steps';
import { Client, Connection } from '@temporalio/client';
import { waitUntil } from '@app/local-stack';
import { queryDatabase } from '../support/database';
import { recordHistoryIfAsked } from '../support/record-history';
import { testEnvironment } from '../support/test-environment';
import { createService } from '../support/factories';
import type { TestStack } from '../support/test-stack';
import { startTestStack } from '../support/test-stack';
import { users } from '../support/users';

describe('an improvement cycle through every gate, over HTTP on Temporal and PostgreSQL', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(async () => {
    await stack.close();
  });

  const put = (path: string, body: unknown, as = users.improver) =>
    stack.http.request('PUT', path, { as, body });
  const history = async (id: string) =>
    expectOk(await stack.http.get(`/v1/cycles/${id}/history`, { as: users.auditor })).body.items;

  async function serviceWithKpi() {
    const service = await createService(stack.http);
    const kpi = expectOk(
      await stack.http.post(
        `/v1/services/${service.id}/kpis`,
        {
          name: 'Days to replace a card',
          unit: 'days',
          direction: 'lower_is_better',
          baseline: 9,
          target: 2,
        },
        { as: users.improver },
      ),
      201,
    ).body;
    return { service, kpi };
  }

  it('runs from start to closed with a rejection, a reminder, an escalation, check-ins and re-evaluations', async () => {
    const { service, kpi } = await serviceWithKpi();
    const policy = {
      approvalSla: 'PT2S',
      checkInEvery: 'PT2S',
      reEvaluateAfter: 'PT5S',
      escalateTo: 'admin',
    };
    const started = expectOk(
      await stack.http.post(
        '/v1/cycles',
        { serviceId: service.id, policy },
        { as: users.improver },
      ),
      202,
    );
    const id: string = started.body.id;

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
    expectOk(await put(`/v1/cycles/${id}/root-causes`, causes));
    expect((await passGate(stack.http, id)).stage).toBe('initiative_planning');
    const planned = expectOk(await put(`/v1/cycles/${id}/initiatives`, initiatives(kpi.id))).body;
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

    // Monitoring: progress, a KPI measurement, a scheduled check-in.
    const [late, onTime] = planned.initiatives;
    expectOk(
      await stack.http.post(
        `/v1/cycles/${id}/initiatives/${onTime.id}/progress`,
        { percentComplete: 40, status: 'off_track', note: 'Vendor delay' },
        { as: users.improver },
      ),
    );
    expect(
      (
        await stack.http.post(
          `/v1/cycles/${id}/initiatives/${randomUUID()}/progress`,
          { percentComplete: 1, status: 'on_track' },
          { as: users.improver },
        )
      ).status,
    ).toBe(404);
    expectOk(
      await stack.http.post(
        `/v1/kpis/${kpi.id}/measurements`,
        { value: 5, measuredAt: new Date().toISOString(), source: 'ticketing' },
        { as: users.improver },
      ),
      201,
    );
    const checked = await waitForCycle(
      stack.http,
      id,
      'a check-in',
      (cycle) => cycle.checkIns.length >= 1,
    );
    expect(checked.checkIns[0]).toMatchObject({
      kpi: { kpiId: kpi.id, latestValue: 5 },
      lateInitiativeIds: [late.id],
      offTrackInitiativeIds: [onTime.id],
    });

    // Re-evaluation on a manager's request, then another monitoring period.
    const reEvaluating = expectOk(
      await stack.http.post(
        `/v1/cycles/${id}/re-evaluate-now`,
        { reason: 'Board review' },
        // Another manager asks: whoever triggers a re-evaluation does not decide it.
        { as: otherManager },
      ),
    ).body;
    expect(reEvaluating).toMatchObject({
      stage: 're_evaluation',
      status: 'awaiting_approval',
      reEvaluation: {
        trigger: 'manager',
        kpi: { before: 9, after: 5, target: 2, improved: true, targetMet: false },
      },
    });
    expect(reEvaluating.reEvaluation.initiatives).toEqual([
      expect.objectContaining({ id: late.id, late: true }),
      expect.objectContaining({
        id: onTime.id,
        status: 'off_track',
        percentComplete: 40,
        late: false,
      }),
    ]);
    expect(
      (
        await stack.http.post(
          `/v1/cycles/${id}/decisions`,
          { decision: 'approve' },
          { as: users.manager },
        )
      ).status,
    ).toBe(400);
    const continued = expectOk(
      await stack.http.post(
        `/v1/cycles/${id}/decisions`,
        { decision: 'continue', reason: 'Give it another period' },
        { as: users.manager },
      ),
    ).body;
    expect(continued).toMatchObject({ stage: 'execution_monitoring', monitoring: { number: 2 } });

    // The scheduled re-evaluation, then the close.
    expectOk(
      await stack.http.post(
        `/v1/kpis/${kpi.id}/measurements`,
        { value: 2, measuredAt: new Date().toISOString() },
        { as: users.improver },
      ),
      201,
    );
    const scheduled = await waitForCycle(
      stack.http,
      id,
      'the scheduled re-evaluation',
      (cycle) => cycle.stage === 're_evaluation',
    );
    expect(scheduled.reEvaluation).toMatchObject({
      trigger: 'schedule',
      kpi: { after: 2, targetMet: true },
    });
    const closed = expectOk(
      await stack.http.post(
        `/v1/cycles/${id}/decisions`,
        { decision: 'close', reason: 'Target met' },
        { as: otherManager },
      ),
    ).body;
    expect(closed).toMatchObject({
      stage: 'closed',
      status: 'closed',
      outcome: { decision: 'close', reason: 'Target met' },
    });
    expect(
      (await stack.http.post(`/v1/cycles/${id}/cancel`, { reason: 'late' }, { as: users.manager }))
        .status,
    ).toBe(409);

    // The projection agrees, and the history tells the whole story once, in order, chained.
    expect(await queryDatabase('SELECT stage, status FROM cycles WHERE id = $1', [id])).toEqual([
      { stage: 'closed', status: 'closed' },
    ]);
    const events = await history(id);
    const actions = events.map((event: { action: string }) => event.action);
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
      expect.arrayContaining([
        'root_causes_recorded',
        'initiatives_recorded',
        'initiative_progress_reported',
        'check_in_recorded',
        'monitoring_continued',
      ]),
    );
    expect(actions.filter((action: string) => action === 're_evaluation_started')).toHaveLength(2);
    expect(actions.at(-1)).toBe('cycle_closed');
    expect(events.map((event: { seq: number }) => event.seq)).toEqual(
      events.map((_: unknown, index: number) => index + 1),
    );
    const bySystem = events
      .filter((event: any) => event.actor.id === 'system')
      .map((event: any) => event.action);
    expect(new Set(bySystem)).toEqual(
      new Set([
        'approval_reminder_sent',
        'approval_escalated',
        'check_in_recorded',
        're_evaluation_started',
      ]),
    );
    events.forEach((event: any, index: number) => {
      const { hash, ...unhashed } = event;
      expect(auditHash(unhashed)).toBe(hash);
      expect(event.prevHash).toBe(index === 0 ? '0'.repeat(64) : events[index - 1].hash);
      expect(event.cycleId).toBe(id);
    });

    // Operators find it in Temporal by service and stage; its state there is the projection's.
    const connection = await Connection.connect({ address: testEnvironment().temporalAddress });
    try {
      const client = new Client({ connection });
      const workflowState = await client.workflow.getHandle(`cycle-${id}`).query(getCycleQuery);
      const [row] = await queryDatabase<{
        stage: string;
        status: string;
        version: number;
        detail: unknown;
      }>('SELECT stage, status, version, detail FROM cycles WHERE id = $1', [id]);
      expect(row).toEqual({
        stage: workflowState.stage,
        status: workflowState.status,
        version: workflowState.eventCount,
        detail: workflowState,
      });
      const found = await waitUntil('the cycle in Temporal visibility', async () => {
        const ids: string[] = [];
        for await (const workflow of client.workflow.list({
          query: `ServiceId = '${service.id}' AND CycleStage = 'closed'`,
        })) {
          ids.push(workflow.workflowId);
        }
        return ids.length > 0 ? ids : undefined;
      });
      expect(found).toEqual([`cycle-${id}`]);
    } finally {
      await connection.close();
    }
    await recordHistoryIfAsked(`cycle-${id}`, 'cycle-full-lifecycle');
  });

  it('restarts: the cycle closes and a new cycle of the same service starts, linked to it', async () => {
    const { service, id } = await startCycleOnNewService(stack.http);
    await reachMonitoring(stack.http, id);
    expectOk(
      await stack.http.post(
        `/v1/cycles/${id}/re-evaluate-now`,
        { reason: 'Strategy changed' },
        // Another manager asks: whoever triggers a re-evaluation does not decide it.
        { as: otherManager },
      ),
    );

    const restarted = expectOk(
      await stack.http.post(
        `/v1/cycles/${id}/decisions`,
        { decision: 'restart', reason: 'New priorities' },
        { as: users.manager },
      ),
    ).body;

    expect(restarted).toMatchObject({
      stage: 'closed',
      status: 'closed',
      outcome: { decision: 'restart' },
    });
    const nextId = restarted.nextCycleId;
    expect(nextId).toEqual(expect.any(String));
    const next = await waitForCycle(stack.http, nextId, 'the new cycle', () => true);
    expect(next).toMatchObject({
      serviceId: service.id,
      previousCycleId: id,
      stage: 'gap_identification',
      status: 'in_progress',
    });
    expect((await history(id)).at(-1)).toMatchObject({
      action: 'cycle_restarted',
      data: { nextCycleId: nextId },
    });
    expect((await history(nextId))[0]).toMatchObject({
      action: 'cycle_started',
      data: { previousCycleId: id },
    });
    await recordHistoryIfAsked(`cycle-${id}`, 'cycle-restarted');
  });

  it('cancels from any stage with a reason, freeing the service for a new cycle', async () => {
    const { service, id } = await startCycleOnNewService(stack.http);
    expectOk(await put(`/v1/cycles/${id}/gap`, gap()));
    expect(
      (await stack.http.post(`/v1/cycles/${id}/cancel`, {}, { as: users.manager })).status,
    ).toBe(400);
    expect(
      (await stack.http.post(`/v1/cycles/${id}/cancel`, { reason: 'x' }, { as: users.improver }))
        .status,
    ).toBe(403);

    const cancelled = expectOk(
      await stack.http.post(
        `/v1/cycles/${id}/cancel`,
        { reason: 'Service retired' },
        { as: users.manager },
      ),
    ).body;

    expect(cancelled).toMatchObject({
      stage: 'cancelled',
      status: 'cancelled',
      outcome: { decision: 'cancel', reason: 'Service retired' },
    });
    expect((await history(id)).at(-1)).toMatchObject({
      action: 'cycle_cancelled',
      stage: 'gap_identification',
      actor: { id: users.manager.sub },
    });
    expect(
      (await stack.http.post('/v1/cycles', { serviceId: service.id }, { as: users.improver }))
        .status,
    ).toBe(202);
    await recordHistoryIfAsked(`cycle-${id}`, 'cycle-cancelled');
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
    expect((await history(id)).map((event: { action: string }) => event.action)).toEqual([
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
    const decided = (await history(id)).filter((event: { action: string }) =>
      ['stage_approved', 'stage_rejected'].includes(event.action),
    );
    expect(decided).toHaveLength(1);
  });

  it('loses nothing and records nothing twice when the worker stops mid-stage and comes back', async () => {
    const { id } = await startCycleOnNewService(stack.http);
    expectOk(await put(`/v1/cycles/${id}/gap`, gap()));
    const key = `submit-${randomUUID()}`;
    const submit = () =>
      stack.http.post(
        `/v1/cycles/${id}/submit`,
        {},
        { as: users.improver, headers: { 'idempotency-key': key } },
      );

    const inFlight = submit();
    await stack.worker.stop();
    const during = await inFlight;
    expect([200, 503]).toContain(during.status);
    await stack.worker.start();
    const after = expectOk(await submit()).body;

    expect(after).toMatchObject({ stage: 'gap_identification', status: 'awaiting_approval' });
    const actions = (await history(id)).map((event: { action: string }) => event.action);
    expect(actions).toEqual(['cycle_started', 'gap_recorded', 'stage_submitted']);
    expect(await queryDatabase('SELECT status FROM cycles WHERE id = $1', [id])).toEqual([
      { status: 'awaiting_approval' },
    ]);
  });
});
