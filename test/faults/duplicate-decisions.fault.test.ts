import { randomUUID } from 'node:crypto';
import { gap } from '../support/cycle-steps';
import { createService } from '../support/factories';
import { testEnvironment } from '../support/test-environment';
import type { HttpResponse } from '../support/http-client';
import { users } from '../support/users';
import { checkInvariants, FaultStack } from './fault-harness';

const otherManager = { sub: 'mara-manager', roles: users.manager.roles };

describe('fault: the same decision sent 10 times with one Idempotency-Key, and 2 managers deciding at once', () => {
  const temporalAddress = testEnvironment().temporalAddress;
  const stack = new FaultStack(temporalAddress);
  beforeAll(() => stack.start());
  afterAll(() => stack.close());

  async function awaitingApproval(): Promise<string> {
    const service = await createService(stack.http);
    const id = (await stack.send('POST', '/v1/cycles', { serviceId: service.id })).body
      .id as string;
    await stack.send('PUT', `/v1/cycles/${id}/gap`, gap());
    await stack.send('POST', `/v1/cycles/${id}/submit`, {});
    return id;
  }

  it('records each decision once and answers every repeat with the first answer', async () => {
    const repeated = await awaitingApproval();
    const raced = await awaitingApproval();
    const key = `decision-${randomUUID()}`;

    const repeats = await Promise.all(
      Array.from({ length: 10 }, () =>
        stack.http.post(
          `/v1/cycles/${repeated}/decisions`,
          { decision: 'approve', reason: 'ok' },
          { as: users.manager, headers: { 'idempotency-key': key } },
        ),
      ),
    );
    const race = await Promise.all([
      stack.http.post(
        `/v1/cycles/${raced}/decisions`,
        { decision: 'approve' },
        { as: users.manager },
      ),
      stack.http.post(
        `/v1/cycles/${raced}/decisions`,
        { decision: 'reject', reason: 'no' },
        { as: otherManager },
      ),
    ]);

    expect(repeats.map((answer) => answer.status)).toEqual(Array(10).fill(200));
    expect(new Set(repeats.map((answer) => JSON.stringify(answer.body))).size).toBe(1);
    expect(race.map((answer) => answer.status).sort()).toEqual([200, 409]);
    const winner = race.find((answer) => answer.status === 200)?.body.decisions[0]
      .decision as string;
    const started = ['cycle_started', 'gap_recorded', 'stage_submitted'];
    await checkInvariants(
      stack,
      temporalAddress,
      [
        { id: repeated, actions: [...started, 'stage_approved'] },
        {
          id: raced,
          actions: [...started, winner === 'approve' ? 'stage_approved' : 'stage_rejected'],
        },
      ],
      0,
    );
  });

  it('refuses a key reused with another body, on another route or by another caller, all at once', async () => {
    const id = await awaitingApproval();
    const headers = { 'idempotency-key': `decision-${randomUUID()}` };
    const decide = (body: unknown, as: typeof users.manager) =>
      stack.http.post(`/v1/cycles/${id}/decisions`, body, { as, headers });
    const approve = { decision: 'approve', reason: 'ok' };

    // Two managers race to use one key first: one decides; the other is told so (422), never
    // handed the winner's 200 as if it were their own.
    const race = await Promise.all([decide(approve, users.manager), decide(approve, otherManager)]);
    expect(race.map((answer) => answer.status).sort()).toEqual([200, 422]);
    const [winner, loser] =
      race[0]?.status === 200 ? [users.manager, otherManager] : [otherManager, users.manager];

    // Then at once: ten true repeats, and the three misuses.
    const repeats = Array.from({ length: 10 }, () => decide(approve, winner));
    const misuses: Promise<HttpResponse>[] = [
      decide({ decision: 'reject', reason: 'no' }, winner),
      stack.http.post(`/v1/cycles/${id}/cancel`, { reason: 'stop' }, { as: winner, headers }),
      decide(approve, loser),
    ];
    const [repeated, misused] = await Promise.all([Promise.all(repeats), Promise.all(misuses)]);

    expect(repeated.map((answer) => answer.status)).toEqual(Array(10).fill(200));
    const first = race.find((answer) => answer.status === 200)?.body;
    expect(repeated.map((answer) => answer.body)).toEqual(Array(10).fill(first));
    expect(misused.map((answer) => [answer.status, answer.body.type])).toEqual(
      Array(3).fill([422, expect.stringMatching(/idempotency-key-reused$/)]),
    );
    await checkInvariants(
      stack,
      temporalAddress,
      [{ id, actions: ['cycle_started', 'gap_recorded', 'stage_submitted', 'stage_approved'] }],
      0,
    );
  });
});
