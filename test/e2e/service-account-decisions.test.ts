import { randomUUID } from 'node:crypto';
import { Role } from '@app/domain';
import type { HttpResponse } from '../support/http-client';
import {
  expectOk,
  gap,
  historyOf,
  reachMonitoring,
  startCycleOnNewService,
} from '../support/cycle-steps';
import type { TestStack } from '../support/test-stack';
import { startTestStack } from '../support/test-stack';
import { users } from '../support/users';

/** One person holding improver and admin: submits a stage and may make service accounts. */
const bo = { sub: `bo-${randomUUID().slice(0, 8)}`, roles: [Role.Improver, Role.Admin] };

const REFUSED = '/problems/service-account-cannot-decide';

describe('service accounts never decide: a key made by whoever submitted cannot approve it', () => {
  let stack: TestStack;
  /** A key with the manager role, made by bo. */
  let managerKey: string;

  beforeAll(async () => {
    stack = await startTestStack();
    managerKey = expectOk(
      await stack.http.post(
        '/v1/service-accounts',
        { name: `Bo's approvals ${randomUUID()}`, roles: ['manager'] },
        { as: bo },
      ),
      201,
    ).body.key;
  });
  afterAll(() => stack.close());

  const cycleOf = async (id: string) =>
    expectOk(await stack.http.get(`/v1/cycles/${id}`, { as: users.auditor })).body;

  /** The answer a service account gets: 403, the problem type clients match on. */
  const expectRefused = (answer: HttpResponse) => {
    expect({
      status: answer.status,
      contentType: answer.headers.get('content-type'),
      type: answer.body.type,
    }).toEqual({
      status: 403,
      contentType: expect.stringContaining('application/problem+json'),
      type: REFUSED,
    });
    expect(answer.body.detail).toContain('Service accounts never decide');
  };

  it('refuses the key at a gate the key’s maker submitted: the gate still waits, nothing recorded', async () => {
    const { id } = await startCycleOnNewService(stack.http);
    expectOk(await stack.http.request('PUT', `/v1/cycles/${id}/gap`, { as: bo, body: gap() }));
    expectOk(await stack.http.post(`/v1/cycles/${id}/submit`, {}, { as: bo }));
    const before = await historyOf(stack.http, id);
    const idempotencyKey = randomUUID();

    for (const decision of ['approve', 'reject']) {
      expectRefused(
        await stack.http.post(
          `/v1/cycles/${id}/decisions`,
          { decision, reason: 'Looks fine to me' },
          { token: managerKey, headers: { 'idempotency-key': idempotencyKey } },
        ),
      );
    }

    expect(await cycleOf(id)).toMatchObject({
      stage: 'gap_identification',
      status: 'awaiting_approval',
    });
    expect(await historyOf(stack.http, id)).toEqual(before);
    const inbox = expectOk(await stack.http.get('/v1/approvals/pending', { as: users.manager }));
    expect(inbox.body.items.map((wait: { id: string }) => wait.id)).toContain(id);
    // The refused call took nothing, not even its Idempotency-Key: a person decides with it.
    const approved = await stack.http.post(
      `/v1/cycles/${id}/decisions`,
      { decision: 'approve' },
      { as: users.manager, headers: { 'idempotency-key': idempotencyKey } },
    );
    expect(expectOk(approved).body.stage).toBe('root_cause_analysis');
  });

  it('refuses the key on a roadmap change, re-evaluate-now, cancel and a re-evaluation', async () => {
    const { id } = await startCycleOnNewService(stack.http);
    const monitoring = await reachMonitoring(stack.http, id);
    const change = expectOk(
      await stack.http.post(
        `/v1/cycles/${id}/roadmap-changes`,
        {
          reason: 'Vendor late',
          change: [{ id: monitoring.initiatives[1].id, dueDate: '2099-12-31' }],
        },
        { as: users.improver },
      ),
      202,
    ).body;
    const before = await historyOf(stack.http, id);
    const asKey = (path: string, body: unknown) =>
      stack.http.post(`/v1/cycles/${id}/${path}`, body, { token: managerKey });

    expectRefused(
      await asKey(`roadmap-changes/${change.id}/decisions`, { decision: 'approve', reason: 'Ok' }),
    );
    expectRefused(await asKey('re-evaluate-now', { reason: 'Board review' }));
    expectRefused(await asKey('cancel', { reason: 'No longer needed' }));

    expect(await cycleOf(id)).toMatchObject({
      stage: 'execution_monitoring',
      status: 'in_progress',
    });
    const changes = expectOk(
      await stack.http.get(`/v1/cycles/${id}/roadmap-changes`, { as: users.auditor }),
    ).body.items;
    expect(changes).toEqual([expect.objectContaining({ id: change.id, status: 'pending' })]);
    expect(await historyOf(stack.http, id)).toEqual(before);

    // A person asks for the re-evaluation; the key may not decide it either.
    expectOk(
      await stack.http.post(
        `/v1/cycles/${id}/roadmap-changes/${change.id}/decisions`,
        { decision: 'reject', reason: 'Keep the date' },
        { as: users.manager },
      ),
    );
    expectOk(
      await stack.http.post(
        `/v1/cycles/${id}/re-evaluate-now`,
        { reason: 'Board review' },
        { as: users.manager },
      ),
    );
    const waiting = await historyOf(stack.http, id);
    for (const decision of ['close', 'continue', 'restart']) {
      expectRefused(await asKey('decisions', { decision, reason: 'Done' }));
    }
    expect(await cycleOf(id)).toMatchObject({
      stage: 're_evaluation',
      status: 'awaiting_approval',
    });
    expect(await historyOf(stack.http, id)).toEqual(waiting);
  });

  it('still lets a service account do stage work its roles allow', async () => {
    const improverKey = expectOk(
      await stack.http.post(
        '/v1/service-accounts',
        { name: `Ticketing ${randomUUID()}`, roles: ['improver'] },
        { as: users.admin },
      ),
      201,
    ).body;
    const { id } = await startCycleOnNewService(stack.http);
    const recorded = await stack.http.request('PUT', `/v1/cycles/${id}/gap`, {
      token: improverKey.key,
      body: gap(),
    });
    expect(expectOk(recorded).body.gap.statement).toBe(gap().statement);
    const [, gapEvent] = await historyOf(stack.http, id);
    expect(gapEvent.actor.id).toBe(improverKey.actorId);
  });
});
