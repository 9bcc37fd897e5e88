import { waitUntil } from '@app/local-stack';
import { gap } from '../support/cycle-steps';
import { queryDatabase } from '../support/database';
import { createService } from '../support/factories';
import { testEnvironment } from '../support/test-environment';
import { users } from '../support/users';
import { checkInvariants, FaultStack } from './fault-harness';

const MARKER = '[refused by an injected constraint]';

describe('fault: the database refuses a cycle’s recording for good', () => {
  const temporalAddress = testEnvironment().temporalAddress;
  const stack = new FaultStack(temporalAddress);
  beforeAll(() => stack.start());
  afterAll(async () => {
    await queryDatabase('ALTER TABLE cycles DROP CONSTRAINT IF EXISTS ck_fault_injected');
    await stack.close();
  });

  it('refuses the command at once, leaves the lock free, and cancel still answers 200', async () => {
    const service = await createService(stack.http);
    const id = (await stack.send('POST', '/v1/cycles', { serviceId: service.id })).body
      .id as string;
    await stack.send('PUT', `/v1/cycles/${id}/gap`, gap());
    // A refusal no retry can fix: the database itself says no to this one change.
    await queryDatabase(
      `ALTER TABLE cycles ADD CONSTRAINT ck_fault_injected
         CHECK (coalesce(detail->'gap'->>'statement', '') NOT LIKE '%${MARKER}%') NOT VALID`,
    );

    const refused = await stack.http.request('PUT', `/v1/cycles/${id}/gap`, {
      as: users.improver,
      body: { ...gap(), statement: `Slow ${MARKER}` },
    });

    expect(refused.status).toBe(400);
    expect(refused.body.detail).toContain('refused by the database and not applied');
    const cycle = (await stack.http.get(`/v1/cycles/${id}`, { as: users.auditor })).body;
    expect(cycle.gap.statement).toBe(gap().statement);

    const cancelled = await stack.http.post(
      `/v1/cycles/${id}/cancel`,
      { reason: 'Stopped after the refusal' },
      { as: users.manager },
    );
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe('cancelled');
    await waitUntil('the projection to show the cancel', async () => {
      const [row] = await queryDatabase<{ status: string }>(
        'SELECT status FROM cycles WHERE id = $1',
        [id],
      );
      return row?.status === 'cancelled';
    });
    await checkInvariants(
      stack,
      temporalAddress,
      [{ id, actions: ['cycle_started', 'gap_recorded', 'cycle_cancelled'] }],
      Date.now(),
    );
  });
});
