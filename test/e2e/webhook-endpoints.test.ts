import { randomUUID } from 'node:crypto';
import { waitUntil } from '@app/local-stack';
import { expectOk, startCycleOnNewService } from '../support/cycle-steps';
import type { ReceivedCall } from '../support/webhook-receiver';
import { users } from '../support/users';
import { RETRY_SCHEDULE_MS, verifies, WebhookStack } from '../support/webhook-stack';

describe('webhook endpoints: failed and redelivered messages, secret rotation, refused URLs', () => {
  const hooks = new WebhookStack();
  beforeAll(() => hooks.start());
  afterAll(() => hooks.close());

  it('marks a message failed once the schedule is spent, and redelivers it on request with the same id', async () => {
    const { receiver, url } = await hooks.newReceiver();
    receiver.down = true;
    const endpoint = await hooks.createEndpoint(url, ['cycle.started']);
    const { id } = await startCycleOnNewService(hooks.stack.http);

    // Other test files' cycles share the database: find this cycle's message by its webhook-id.
    const failed = await waitUntil(
      'the delivery to fail',
      async () => {
        const attempt = receiver.calls.find((call) => call.body.data.cycleId === id);
        const deliveries = attempt ? await hooks.deliveriesOf(endpoint.id) : [];
        const delivery = deliveries.find((candidate) => candidate.messageId === attempt?.id);
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
    expect((await hooks.stack.http.post(redeliver, {}, { as: users.admin })).status).toBe(202);
    const [message] = await hooks.arrived(receiver, id, 'cycle.started');
    expect(message?.id).toBe(failed.messageId);
    const unknown = `/v1/webhooks/${endpoint.id}/deliveries/${randomUUID()}/redeliver`;
    expect((await hooks.stack.http.post(unknown, {}, { as: users.admin })).status).toBe(404);
  });

  it('signs with both secrets for a day after a rotation, and never shows a secret again', async () => {
    const { receiver, url } = await hooks.newReceiver();
    const endpoint = await hooks.createEndpoint(url, ['cycle.started']);
    const headers = { 'idempotency-key': randomUUID() };
    const rotate = () =>
      hooks.stack.http.request('POST', `/v1/webhooks/${endpoint.id}/rotate-secret`, {
        as: users.admin,
        body: {},
        headers,
      });
    const rotated = expectOk(await rotate()).body as {
      secret: string;
      previousSecretExpiresAt: string;
    };
    expect(rotated.secret).not.toBe(endpoint.secret);
    // A retry with the key (the answer lost, say) answers the same secret and rotates no more:
    // the messages below are signed with the first secret and this one.
    expect(expectOk(await rotate()).body).toEqual(rotated);
    const overlap = Date.parse(rotated.previousSecretExpiresAt) - Date.now();
    expect(overlap).toBeGreaterThan(23 * 3600_000);

    const { id } = await startCycleOnNewService(hooks.stack.http);
    const [message] = await hooks.arrived(receiver, id, 'cycle.started');
    expect(message?.signature.split(' ')).toHaveLength(2);
    expect(verifies(endpoint.secret, message as ReceivedCall)).toBe(true);
    expect(verifies(rotated.secret, message as ReceivedCall)).toBe(true);

    const shown = expectOk(
      await hooks.stack.http.get(`/v1/webhooks/${endpoint.id}`, { as: users.admin }),
    ).body;
    expect(shown).toMatchObject({ id: endpoint.id, url, events: ['cycle.started'] });
    expect(JSON.stringify(shown)).not.toContain('whsec_');
    const listed = expectOk(
      await hooks.stack.http.get('/v1/webhooks?limit=100', { as: users.admin }),
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
      const response = await hooks.stack.http.post(
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
    const unknownType = await hooks.stack.http.post(
      '/v1/webhooks',
      { url: 'http://127.0.0.1:9/in', events: ['cycle.exploded'] },
      { as: users.admin },
    );
    expect(unknownType.status).toBe(400);
    const byManager = await hooks.stack.http.post(
      '/v1/webhooks',
      { url: 'http://127.0.0.1:9/in', events: ['cycle.started'] },
      { as: users.manager },
    );
    expect(byManager.status).toBe(403);
  });
});
