import { randomUUID } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { waitUntil } from '@app/local-stack';
import type { NotificationSettings } from '../../apps/worker/src/notifications/notification-settings';
import { expectOk, gap, startCycleOnNewService } from '../support/cycle-steps';
import { createService } from '../support/factories';
import type { ReceivedCall } from '../support/webhook-receiver';
import { WebhookReceiver } from '../support/webhook-receiver';
import { SmtpReceiver } from '../support/smtp-receiver';
import type { TestStack } from '../support/test-stack';
import { startTestStack } from '../support/test-stack';
import { users } from '../support/users';

/** Four attempts, a few hundred milliseconds apart: Standard Webhooks' schedule, in miniature. */
const RETRY_SCHEDULE_MS = [0, 300, 600, 900];

describe('notifications: signed webhooks and mail, sent only for recorded changes', () => {
  let stack: TestStack;
  const smtp = new SmtpReceiver();
  const receivers: WebhookReceiver[] = [];

  beforeAll(async () => {
    const smtpUrl = await smtp.start();
    const notifications: NotificationSettings = {
      outbox: { mail: true, publicUrl: 'https://cycles.example.test', attemptLimit: 4 },
      allowedHosts: ['127.0.0.1'],
      retryScheduleMs: RETRY_SCHEDULE_MS,
      smtpUrl,
      mailFrom: 'cycles@example.test',
    };
    stack = await startTestStack({ notifications });
  });
  afterAll(async () => {
    // Other test files share the database: their cycles must not keep writing messages here.
    for (const id of endpoints) {
      await stack.http.request('DELETE', `/v1/webhooks/${id}`, { as: users.admin });
    }
    await stack.close();
    await Promise.all(receivers.map((receiver) => receiver.close()));
    await smtp.close();
  });

  const newReceiver = async () => {
    const receiver = new WebhookReceiver();
    receivers.push(receiver);
    return { receiver, url: await receiver.start() };
  };
  const endpoints: string[] = [];
  const createEndpoint = async (url: string, events = ['cycle.started', 'approval.requested']) => {
    const created = expectOk(
      await stack.http.post('/v1/webhooks', { url, events }, { as: users.admin }),
      201,
    ).body as { id: string; secret: string; url: string; events: string[] };
    endpoints.push(created.id);
    return created;
  };
  const deliveriesOf = async (endpointId: string) =>
    expectOk(
      await stack.http.get(`/v1/webhooks/${endpointId}/deliveries?limit=100`, { as: users.admin }),
    ).body.items as {
      id: string;
      messageId: string;
      type: string;
      status: string;
      attempts: number;
      lastStatusCode: number | null;
      lastResponse: string | null;
      nextAttemptAt: string | null;
    }[];
  const recordGapAndSubmit = async (id: string) => {
    expectOk(
      await stack.http.request('PUT', `/v1/cycles/${id}/gap`, { as: users.improver, body: gap() }),
    );
    expectOk(await stack.http.post(`/v1/cycles/${id}/submit`, {}, { as: users.improver }));
  };
  const arrived = (receiver: WebhookReceiver, cycleId: string, type: string, count = 1) =>
    waitUntil(
      `${count} ${type} of ${cycleId} to arrive`,
      async () => {
        const calls = receiver.deliveredFor(cycleId, type);
        return calls.length >= count ? calls : undefined;
      },
      { timeoutMs: 30_000, intervalMs: 50 },
    );
  const verifies = (secret: string, call: ReceivedCall) => {
    new Webhook(secret).verify(call.rawBody, {
      'webhook-id': call.id,
      'webhook-timestamp': call.timestamp,
      'webhook-signature': call.signature,
    });
    return true;
  };

  it('retries a failing receiver until it answers: the same webhook-id, a valid signature, in order', async () => {
    const { receiver, url } = await newReceiver();
    receiver.failFirst = 2;
    const events = [
      'cycle.started',
      'approval.requested',
      'approval.decided',
      'cycle.stage_changed',
    ];
    const endpoint = await createEndpoint(url, events);
    expect(endpoint.secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);

    const { service, id } = await startCycleOnNewService(stack.http);
    await recordGapAndSubmit(id);
    expectOk(
      await stack.http.post(
        `/v1/cycles/${id}/decisions`,
        { decision: 'approve', reason: 'Clear' },
        { as: users.manager },
      ),
    );
    const [stageChanged] = await arrived(receiver, id, 'cycle.stage_changed');

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
    const listed = (await deliveriesOf(endpoint.id)).filter((d) => mine.has(d.messageId));
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
    const { receiver, url } = await newReceiver();
    await createEndpoint(url, ['approval.requested', 'approval.decided']);
    const { id } = await startCycleOnNewService(stack.http);

    // Submitting before the gap is written, and an improver deciding: both refused.
    const early = await stack.http.post(`/v1/cycles/${id}/submit`, {}, { as: users.improver });
    expect(early.status).toBe(409);
    await recordGapAndSubmit(id);
    const refused = await stack.http.post(
      `/v1/cycles/${id}/decisions`,
      { decision: 'approve', reason: 'Mine' },
      { as: users.improver },
    );
    expect(refused.status).toBe(403);
    expectOk(
      await stack.http.post(
        `/v1/cycles/${id}/decisions`,
        { decision: 'reject', reason: 'Thin evidence' },
        { as: users.manager },
      ),
    );

    // A cycle's messages arrive in order: had the refusals sent anything, it would be here.
    const [decided] = await arrived(receiver, id, 'approval.decided');
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
    const { receiver, url } = await newReceiver();
    await createEndpoint(url, ['approval.requested', 'approval.reminder']);
    const ana = `ana-${randomUUID().slice(0, 8)}`;
    const ben = `ben-${randomUUID().slice(0, 8)}`;
    for (const person of [ana, ben]) {
      expectOk(
        await stack.http.request('PUT', `/v1/people/${person}`, {
          as: users.admin,
          body: { name: person, email: `${person}@example.test` },
        }),
      );
    }
    const service = await createService(stack.http);
    expectOk(
      await stack.http.request('PUT', `/v1/services/${service.id}/approval-policy`, {
        as: users.admin,
        body: { approvers: [ana, ben], quorum: 1, escalateTo: [] },
      }),
    );
    const id = expectOk(
      await stack.http.post(
        '/v1/cycles',
        { serviceId: service.id, policy: { approvalSla: 'PT2S' } },
        { as: users.improver },
      ),
      202,
    ).body.id as string;
    await recordGapAndSubmit(id);

    const [reminder] = await arrived(receiver, id, 'approval.reminder');
    expect(reminder?.body.data).toMatchObject({
      kind: 'gate',
      toPeople: [ana, ben],
      serviceName: service.name,
    });
    expect(reminder?.body.data.waitedSeconds).toBeGreaterThanOrEqual(2);

    const mails = await waitUntil(
      'the request and the reminder to be mailed',
      async () => {
        const about = smtp.mails.filter((mail) => mail.to.includes(`${ana}@example.test`));
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
    const kept = await newReceiver();
    const dropped = await newReceiver();
    await createEndpoint(kept.url);
    const doomed = await createEndpoint(dropped.url);
    const { id } = await startCycleOnNewService(stack.http);
    await arrived(dropped.receiver, id, 'cycle.started');

    expect(
      (await stack.http.request('DELETE', `/v1/webhooks/${doomed.id}`, { as: users.admin })).status,
    ).toBe(204);
    expect((await stack.http.get(`/v1/webhooks/${doomed.id}`, { as: users.admin })).status).toBe(
      404,
    );
    await recordGapAndSubmit(id);

    await arrived(kept.receiver, id, 'approval.requested');
    expect(dropped.receiver.deliveredFor(id, 'approval.requested')).toEqual([]);
    expect(dropped.receiver.calls.filter((call) => call.body.data.cycleId === id)).toHaveLength(1);
  });

  it('marks a message failed once the schedule is spent, and redelivers it on request with the same id', async () => {
    const { receiver, url } = await newReceiver();
    receiver.down = true;
    const endpoint = await createEndpoint(url, ['cycle.started']);
    const { id } = await startCycleOnNewService(stack.http);

    const failed = await waitUntil(
      'the delivery to fail',
      async () => {
        const [delivery] = await deliveriesOf(endpoint.id);
        return delivery?.status === 'failed' ? delivery : undefined;
      },
      { timeoutMs: 30_000, intervalMs: 100 },
    );
    expect(failed).toMatchObject({
      type: 'cycle.started',
      attempts: RETRY_SCHEDULE_MS.length,
      lastStatusCode: 500,
      lastResponse: 'receiver failing on purpose',
      nextAttemptAt: null,
    });

    receiver.down = false;
    const redeliver = `/v1/webhooks/${endpoint.id}/deliveries/${failed.id}/redeliver`;
    expect((await stack.http.post(redeliver, {}, { as: users.admin })).status).toBe(202);
    const [message] = await arrived(receiver, id, 'cycle.started');
    expect(message?.id).toBe(failed.messageId);
    const unknown = `/v1/webhooks/${endpoint.id}/deliveries/${randomUUID()}/redeliver`;
    expect((await stack.http.post(unknown, {}, { as: users.admin })).status).toBe(404);
  });

  it('signs with both secrets for a day after a rotation, and never shows a secret again', async () => {
    const { receiver, url } = await newReceiver();
    const endpoint = await createEndpoint(url, ['cycle.started']);
    const rotated = expectOk(
      await stack.http.post(`/v1/webhooks/${endpoint.id}/rotate-secret`, {}, { as: users.admin }),
    ).body as { secret: string; previousSecretExpiresAt: string };
    expect(rotated.secret).not.toBe(endpoint.secret);
    const overlap = Date.parse(rotated.previousSecretExpiresAt) - Date.now();
    expect(overlap).toBeGreaterThan(23 * 3600_000);

    const { id } = await startCycleOnNewService(stack.http);
    const [message] = await arrived(receiver, id, 'cycle.started');
    expect(message?.signature.split(' ')).toHaveLength(2);
    expect(verifies(endpoint.secret, message as ReceivedCall)).toBe(true);
    expect(verifies(rotated.secret, message as ReceivedCall)).toBe(true);

    const shown = expectOk(
      await stack.http.get(`/v1/webhooks/${endpoint.id}`, { as: users.admin }),
    ).body;
    expect(shown).toMatchObject({ id: endpoint.id, url, events: ['cycle.started'] });
    expect(JSON.stringify(shown)).not.toContain('whsec_');
    const listed = expectOk(
      await stack.http.get('/v1/webhooks?limit=100', { as: users.admin }),
    ).body;
    expect(JSON.stringify(listed)).not.toContain('whsec_');
  });

  it('refuses endpoints that are not https or that point inside the network', async () => {
    const refusals = [
      'http://hooks.example.test/in',
      'https://10.1.2.3/in',
      'https://169.254.169.254/latest/meta-data',
      'https://[::1]:8443/in',
      'https://localhost/in',
      'ftp://127.0.0.1/in',
    ];
    for (const url of refusals) {
      const response = await stack.http.post(
        '/v1/webhooks',
        { url, events: ['cycle.started'] },
        { as: users.admin },
      );
      expect({ url, status: response.status, field: response.body.errors?.[0]?.field }).toEqual({
        url,
        status: 400,
        field: 'url',
      });
    }
    const unknownType = await stack.http.post(
      '/v1/webhooks',
      { url: 'http://127.0.0.1:9/in', events: ['cycle.exploded'] },
      { as: users.admin },
    );
    expect(unknownType.status).toBe(400);
    const byManager = await stack.http.post(
      '/v1/webhooks',
      { url: 'http://127.0.0.1:9/in', events: ['cycle.started'] },
      { as: users.manager },
    );
    expect(byManager.status).toBe(403);
  });
});
