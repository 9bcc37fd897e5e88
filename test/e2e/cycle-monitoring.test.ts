import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { getCycleQuery } from '@app/domain';
import { waitUntil } from '@app/local-stack';
import {
  actionsOf,
  expectChained,
  expectOk,
  historyOf,
  measureKpi,
  otherManager,
  reachMonitoring,
  reportOffTrack,
  serviceWithKpi,
  startCycle,
  systemActions,
  waitForCycle,
} from '../support/cycle-steps';
import { queryDatabase } from '../support/database';
import { recordHistoryIfAsked } from '../support/record-history';
import { testEnvironment } from '../support/test-environment';
import type { TestStack } from '../support/test-stack';
import { startTestStack } from '../support/test-stack';
import { users } from '../support/users';

describe('monitoring a cycle, re-evaluating it and closing it, over HTTP on Temporal and PostgreSQL', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(async () => {
    await stack.close();
  });

  it('checks in, re-evaluates on a manager’s request and on schedule, continues, then closes', async () => {
    const { service, kpi } = await serviceWithKpi(stack.http);
    const id = await startCycle(stack.http, service.id, {
      checkInEvery: 'PT2S',
      reEvaluateAfter: 'PT5S',
    });
    const monitoring = await reachMonitoring(stack.http, id, kpi.id);
    expect(monitoring).toMatchObject({
      stage: 'execution_monitoring',
      status: 'in_progress',
      monitoring: { number: 1 },
    });

    // Progress, a KPI measurement, a scheduled check-in.
    const [late, onTime] = monitoring.initiatives;
    await reportOffTrack(stack.http, id, onTime.id);
    expect(
      (
        await stack.http.post(
          `/v1/cycles/${id}/initiatives/${randomUUID()}/progress`,
          { percentComplete: 1, status: 'on_track' },
          { as: users.improver },
        )
      ).status,
    ).toBe(404);
    await measureKpi(stack.http, kpi.id, 5, 'ticketing');
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
    await measureKpi(stack.http, kpi.id, 2);
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

    // The projection agrees, and the history tells the story once, in order, chained.
    expect(await queryDatabase('SELECT stage, status FROM cycles WHERE id = $1', [id])).toEqual([
      { stage: 'closed', status: 'closed' },
    ]);
    const events = await historyOf(stack.http, id);
    const actions = actionsOf(events);
    expect(actions).toEqual(
      expect.arrayContaining([
        'initiative_progress_reported',
        'check_in_recorded',
        'monitoring_continued',
      ]),
    );
    expect(actions.filter((action: string) => action === 're_evaluation_started')).toHaveLength(2);
    expect(actions.at(-1)).toBe('cycle_closed');
    expectChained(events, id);
    // The initiative due before monitoring began is recorded overdue at once, by itself.
    expect(systemActions(events)).toEqual(
      new Set(['initiative_overdue', 'check_in_recorded', 're_evaluation_started']),
    );
    expect(events.filter((event) => event.action === 'initiative_overdue')).toEqual([
      expect.objectContaining({ data: expect.objectContaining({ initiativeId: late.id }) }),
    ]);

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
});
