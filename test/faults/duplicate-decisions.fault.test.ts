import { randomUUID } from 'node:crypto';
import { gap } from '../support/cycle-steps';
import { createService } from '../support/factories';
import { testEnvironment } from '../support/test-environment';
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
});
