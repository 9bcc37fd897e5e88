import { cycleWorkflowId } from '@app/domain';
import { waitUntil } from '@app/local-stack';
import type { NotificationSettings } from '../../apps/worker/src/notifications/notification-settings';
import {
  expectOk,
  historyOf,
  reachMonitoring,
  serviceWithKpi,
  startCycle,
  startCycleOnNewService,
  waitForCycle,
} from '../support/cycle-steps';
import type { HttpClient } from '../support/http-client';
import { recordHistoryIfAsked } from '../support/record-history';
import type { TestStack } from '../support/test-stack';
import { startTestStack } from '../support/test-stack';
import { users } from '../support/users';
import { WebhookReceiver } from '../support/webhook-receiver';

const DAY_MS = 86_400_000;
const as = { as: users.improver };

/** A survey on the 1..5 scale over the period, with these scores of the service by one area. */
async function rated(
  http: HttpClient,
  service: { id: string; consumerAreaIds: string[] },
  period: { periodStart: string; periodEnd: string },
  scores: number[],
): Promise<void> {
  const survey = expectOk(
    await http.post(
      '/v1/surveys',
      { name: 'Internal survey', ...period, scaleMin: 1, scaleMax: 5 },
      as,
    ),
    201,
  ).body;
  for (const score of scores) {
    expectOk(
      await http.post(
        `/v1/surveys/${survey.id}/responses`,
        { serviceId: service.id, respondentAreaId: service.consumerAreaIds[0], score },
        as,
      ),
      201,
    );
  }
}

async function measure(http: HttpClient, kpiId: string, value: number, measuredAt: Date) {
  expectOk(
    await http.post(
      `/v1/kpis/${kpiId}/measurements`,
      { value, measuredAt: measuredAt.toISOString(), source: 'ticketing' },
      as,
    ),
    201,
  );
}

describe('a cycle’s outcome: its KPI and rating before and after, and where the KPI is heading', () => {
  let stack: TestStack;
  const receiver = new WebhookReceiver();

  beforeAll(async () => {
    const notifications: NotificationSettings = {
      outbox: { mail: false, publicUrl: 'https://cycles.example.test', attemptLimit: 4 },
      allowedHosts: ['127.0.0.1'],
      retryScheduleMs: [0, 300, 600, 900],
      mailFrom: 'cycles@example.test',
    };
    stack = await startTestStack({ notifications });
  });
  afterAll(async () => {
    await stack.close();
    await receiver.close();
  });

  it('shows nothing measured for a cycle without a KPI or ratings', async () => {
    const { id } = await startCycleOnNewService(stack.http);
    const cycle = await waitForCycle(stack.http, id, 'the cycle is recorded', () => true);
    expect(cycle.outcome).toBeNull();
  });

  it('re-evaluates with the KPI and the rating before and after, the forecast, and tells when the KPI is off track', async () => {
    const hooks = await receiver.start();
    const endpoint = expectOk(
      await stack.http.post(
        '/v1/webhooks',
        { url: hooks, events: ['kpi.off_track', 're_evaluation.due'] },
        { as: users.admin },
      ),
      201,
    ).body;
    const { service, kpi } = await serviceWithKpi(stack.http);
    const consumed = { id: service.id, consumerAreaIds: (service as any).consumerAreaIds };

    // Before the cycle: rated 2.5 in an old survey, 9 then 8 days to replace a card.
    await rated(
      stack.http,
      consumed,
      { periodStart: '2020-01-01', periodEnd: '2020-03-31' },
      [2, 3],
    );
    await measure(stack.http, kpi.id, 9, new Date(Date.now() - 3 * DAY_MS));
    await measure(stack.http, kpi.id, 8, new Date(Date.now() - 2 * DAY_MS));

    const id = await startCycle(stack.http, service.id, {
      approvalSla: 'PT2S',
      checkInEvery: 'PT2S',
      reEvaluateAfter: 'PT6S',
    });
    const started = await waitForCycle(stack.http, id, 'the cycle is recorded', () => true);
    // Only the rating so far: the gap names no KPI yet, and nothing is projected before monitoring.
    expect(started.outcome).toEqual({ rating: { atStart: 2.5, latest: 2.5 } });

    // After the start: 6 days, and a survey of this period rating it 4.5.
    const lastMeasuredAt = new Date();
    expect(lastMeasuredAt.getTime()).toBeGreaterThan(Date.parse(started.startedAt));
    await measure(stack.http, kpi.id, 6, lastMeasuredAt);
    const today = new Date().toISOString().slice(0, 10);
    await rated(stack.http, consumed, { periodStart: today, periodEnd: today }, [4, 5]);

    const monitoring = await reachMonitoring(stack.http, id, kpi.id);
    const dueAt: string = monitoring.monitoring.reEvaluationDueAt;
    // 9, 8, 6 at -3, -2 and 0 days lie on one line, a day less per day: 6 less the days to go.
    const projected = 6 - (Date.parse(dueAt) - lastMeasuredAt.getTime()) / DAY_MS;

    const reEvaluating = await waitForCycle(
      stack.http,
      id,
      'the scheduled re-evaluation',
      (cycle) => cycle.stage === 're_evaluation',
    );
    expect(reEvaluating.checkIns.length).toBeGreaterThanOrEqual(1);
    expect(reEvaluating.outcome).toEqual({
      kpi: { baseline: 9, atStart: 8, latest: 6, target: 2, achievedPercent: 42.9 },
      rating: { atStart: 2.5, latest: 4.5 },
      forecast: { projected: expect.any(Number), at: dueAt, onTrack: false },
    });
    expect(reEvaluating.outcome.forecast.projected).toBeCloseTo(projected, 4);

    // Each check-in recorded the forecast it read, in the cycle's history.
    const checkIns = (await historyOf(stack.http, id)).filter(
      (event) => event.action === 'check_in_recorded',
    );
    expect(checkIns.length).toBeGreaterThanOrEqual(1);
    for (const checkIn of checkIns) {
      expect(checkIn.data.kpi).toMatchObject({
        kpiId: kpi.id,
        latestValue: 6,
        forecast: { at: dueAt, onTrack: false },
      });
      expect(checkIn.data.kpi.forecast.projected).toBeCloseTo(projected, 4);
    }

    // Off track from the first check-in on: told once, before the re-evaluation (messages of a
    // cycle leave in order, so once re_evaluation.due arrived every earlier one has).
    await waitUntil(
      're_evaluation.due to arrive',
      async () => (receiver.deliveredFor(id, 're_evaluation.due').length > 0 ? true : undefined),
      { timeoutMs: 30_000, intervalMs: 100 },
    );
    const offTrack = receiver.deliveredFor(id, 'kpi.off_track');
    expect(offTrack).toHaveLength(1);
    expect(offTrack[0]?.body.data).toMatchObject({
      cycleId: id,
      serviceId: service.id,
      kpiId: kpi.id,
      name: 'Days to replace a card',
      at: dueAt,
      target: 2,
      latestValue: 6,
    });
    expect(offTrack[0]?.body.data.projected).toBeCloseTo(projected, 4);

    // Closed: how it ended and what it measured, in one outcome.
    expectOk(
      await stack.http.post(
        `/v1/cycles/${id}/decisions`,
        { decision: 'close', reason: 'Good enough for now' },
        { as: users.manager },
      ),
    );
    const closed = expectOk(await stack.http.get(`/v1/cycles/${id}`, { as: users.auditor })).body;
    expect(closed.outcome).toMatchObject({
      decision: 'close',
      reason: 'Good enough for now',
      by: { id: users.manager.sub },
      nextCycleId: null,
      kpi: { atStart: 8, latest: 6, achievedPercent: 42.9 },
      rating: { atStart: 2.5, latest: 4.5 },
      forecast: { at: dueAt, onTrack: false },
      since: { kpi: { latest: 6, achievedPercent: 42.9 }, rating: { latest: 4.5 } },
    });
    const closing = (await historyOf(stack.http, id)).find(
      (event) => event.action === 'cycle_closed',
    );
    expect(closing.data.outcome).toEqual({
      kpi: closed.outcome.kpi,
      rating: closed.outcome.rating,
      forecast: closed.outcome.forecast,
    });

    // Measured again after the closing: the outcome stays as it was decided; `since` moves.
    await measure(stack.http, kpi.id, 3, new Date());
    const later = expectOk(await stack.http.get(`/v1/cycles/${id}`, { as: users.auditor })).body;
    expect(later.outcome.kpi).toEqual(closed.outcome.kpi);
    expect(later.outcome.since).toEqual({
      kpi: { latest: 3, achievedPercent: 85.7 },
      rating: { latest: 4.5 },
    });
    await recordHistoryIfAsked(cycleWorkflowId(id), 'cycle-check-ins-with-kpi-forecast');
    // Other test files share the database: their cycles must not keep writing messages here.
    expectOk(
      await stack.http.request('DELETE', `/v1/webhooks/${endpoint.id}`, { as: users.admin }),
      204,
    );
  });
});
