import { randomUUID } from 'node:crypto';
import { waitUntil } from '@app/local-stack';
import { expectOk, startCycleOnNewService } from '../support/cycle-steps';
import { createService } from '../support/factories';
import { users } from '../support/users';
import { verifies, WebhookStack } from '../support/webhook-stack';

describe('notifications: signed webhooks and mail, sent only for recorded changes', () => {
  const hooks = new WebhookStack();
  beforeAll(() => hooks.start());
  afterAll(() => hooks.close());

  it('retries a failing receiver until it answers: the same webhook-id, a valid signature, in order', async () => {
    const { receiver, url } = await hooks.newReceiver();
    receiver.failFirst = 2;
    const events = [
      'cycle.started',
      'approval.requested',
      'approval.decided',
      'cycle.stage_changed',
    ];
    const endpoint = await hooks.createEndpoint(url, events);
    expect(endpoint.secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);

    const { service, id } = await startCycleOnNewService(hooks.stack.http);
    await hooks.recordGapAndSubmit(id);
    expectOk(
      await hooks.stack.http.post(
        `/v1/cycles/${id}/decisions`,
        { decision: 'approve', reason: 'Clear' },
        { as: users.manager },
      ),
    );
    const [stageChanged] = await hooks.arrived(receiver, id, 'cycle.stage_changed');

    const story = receiver.deliveredFor(id).map((call) => call.body.type);
    expect(story).toEqual([
      'cycle.started',
      'approval.requested',
      'approval.decided',
      'cycle.stage_changed',
    ]);
    for (const message of receiver.deliveredFor(id)) {
      const attempts = receiver.calls.filter((call) => call.id === message.id);
      expect(attempts.map((call) => call.answered)).toEqual([500, 500, 204]);
      expect(attempts.every((call) => verifies(endpoint.secret, call))).toBe(true);
    }
    expect(stageChanged?.body).toMatchObject({
      type: 'cycle.stage_changed',
      data: {
        cycleId: id,
        serviceId: service.id,
        stage: 'root_cause_analysis',
        status: 'in_progress',
        fromStage: 'gap_identification',
        toStage: 'root_cause_analysis',
        links: { cycle: `https://cycles.example.test/v1/cycles/${id}` },
      },
    });
    expect(typeof stageChanged?.body.data.serviceName).toBe('string');

    const mine = new Set(receiver.deliveredFor(id).map((call) => call.id));
    const listed = (await hooks.deliveriesOf(endpoint.id)).filter((d) => mine.has(d.messageId));
    expect(listed).toHaveLength(4);
    for (const delivery of listed) {
      expect(delivery).toMatchObject({
        status: 'delivered',
        attempts: 3,
        lastStatusCode: 204,
        nextAttemptAt: null,
      });
    }
  });

  it('sends nothing for a refused command', async () => {
    const { receiver, url } = await hooks.newReceiver();
    await hooks.createEndpoint(url, ['approval.requested', 'approval.decided']);
    const { id } = await startCycleOnNewService(hooks.stack.http);

    // Submitting before the gap is written, and an improver deciding: both refused.
    const early = await hooks.stack.http.post(
      `/v1/cycles/${id}/submit`,
      {},
      { as: users.improver },
    );
    expect(early.status).toBe(409);
    await hooks.recordGapAndSubmit(id);
    const refused = await hooks.stack.http.post(
      `/v1/cycles/${id}/decisions`,
      { decision: 'approve', reason: 'Mine' },
      { as: users.improver },
    );
    expect(refused.status).toBe(403);
    expectOk(
      await hooks.stack.http.post(
        `/v1/cycles/${id}/decisions`,
        { decision: 'reject', reason: 'Thin evidence' },
        { as: users.manager },
      ),
    );

    // A cycle's messages arrive in order: had the refusals sent anything, it would be here.
    const [decided] = await hooks.arrived(receiver, id, 'approval.decided');
    expect(decided?.body.data).toMatchObject({
      decision: 'reject',
      by: users.manager.sub,
      gate: 'gap_identification',
    });
    expect(receiver.deliveredFor(id).map((call) => call.body.type)).toEqual([
      'approval.requested',
      'approval.decided',
    ]);
  });

  it('reminds the approvers after the SLA, by webhook and by mail naming the service', async () => {
    const { receiver, url } = await hooks.newReceiver();
    await hooks.createEndpoint(url, ['approval.requested', 'approval.reminder']);
    const ana = `ana-${randomUUID().slice(0, 8)}`;
    const ben = `ben-${randomUUID().slice(0, 8)}`;
    for (const person of [ana, ben]) {
      expectOk(
        await hooks.stack.http.request('PUT', `/v1/people/${person}`, {
          as: users.admin,
          body: { name: person, email: `${person}@example.test` },
        }),
      );
    }
    const service = await createService(hooks.stack.http);
    expectOk(
      await hooks.stack.http.request('PUT', `/v1/services/${service.id}/approval-policy`, {
        as: users.admin,
        body: { approvers: [ana, ben], quorum: 1, escalateTo: [] },
      }),
    );
    const id = expectOk(
      await hooks.stack.http.post(
        '/v1/cycles',
        { serviceId: service.id, policy: { approvalSla: 'PT2S' } },
        { as: users.improver },
      ),
      202,
    ).body.id as string;
    await hooks.recordGapAndSubmit(id);

    const [reminder] = await hooks.arrived(receiver, id, 'approval.reminder');
    expect(reminder?.body.data).toMatchObject({
      kind: 'gate',
      toPeople: [ana, ben],
      serviceName: service.name,
    });
    expect(reminder?.body.data.waitedSeconds).toBeGreaterThanOrEqual(2);

    const mails = await waitUntil(
      'the request and the reminder to be mailed',
      async () => {
        const about = hooks.smtp.mails.filter((mail) => mail.to.includes(`${ana}@example.test`));
        return about.length >= 2 ? about : undefined;
      },
      { timeoutMs: 30_000, intervalMs: 50 },
    );
    expect(mails.map((mail) => mail.subject)).toEqual([
      `${service.name}: approval requested`,
      `${service.name}: reminder: approval waiting`,
    ]);
    expect(mails[1]?.to.sort()).toEqual([`${ana}@example.test`, `${ben}@example.test`].sort());
    expect(mails[1]?.from).toBe('cycles@example.test');
    expect(mails[1]?.text).toContain(`https://cycles.example.test/v1/cycles/${id}`);
    expect(mails[1]?.text).toContain('Waiting for a decision: the gap identification gate');
    expect(mails[1]?.text).toMatch(/Waiting for: \d+ seconds/);
  });

  it('sends nothing more to a deleted endpoint', async () => {
    const kept = await hooks.newReceiver();
    const dropped = await hooks.newReceiver();
    await hooks.createEndpoint(kept.url);
    const doomed = await hooks.createEndpoint(dropped.url);
    const { id } = await startCycleOnNewService(hooks.stack.http);
    await hooks.arrived(dropped.receiver, id, 'cycle.started');

    expect(
      (await hooks.stack.http.request('DELETE', `/v1/webhooks/${doomed.id}`, { as: users.admin }))
        .status,
    ).toBe(204);
    expect(
      (await hooks.stack.http.get(`/v1/webhooks/${doomed.id}`, { as: users.admin })).status,
    ).toBe(404);
    await hooks.recordGapAndSubmit(id);

    await hooks.arrived(kept.receiver, id, 'approval.requested');
    expect(dropped.receiver.deliveredFor(id, 'approval.requested')).toEqual([]);
    expect(dropped.receiver.calls.filter((call) => call.body.data.cycleId === id)).toHaveLength(1);
  });
});
