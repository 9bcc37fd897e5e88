import { randomUUID } from 'node:crypto';
import { Connection, Client } from '@temporalio/client';
import { waitUntil } from '@app/local-stack';
import { queryDatabase } from '../support/database';
import { expectOk, waitForCycle } from '../support/cycle-steps';
import { createService } from '../support/factories';
import type { TestStack } from '../support/test-stack';
import { startTestStack } from '../support/test-stack';
import { testEnvironment } from '../support/test-environment';
import { users } from '../support/users';

describe('starting an improvement cycle over HTTP', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(async () => {
    await stack.close();
  });

  it('runs a workflow whose activity records the cycle, readable at once through the API', async () => {
    const service = await createService(stack.http);

    const started = await stack.http.post(
      '/v1/cycles',
      { serviceId: service.id, policy: { approvalSla: 'PT2S' } },
      { as: users.improver },
    );

    expect(started.status).toBe(202);
    expect(started.body).toEqual({
      id: expect.any(String),
      workflowId: `cycle-${started.body.id}`,
      stage: 'gap_identification',
      status: 'in_progress',
    });
    expect(started.headers.get('location')).toBe(`/v1/cycles/${started.body.id}`);

    const rows = await queryDatabase(
      'SELECT service_id, workflow_id, stage, status, started_by FROM cycles WHERE id = $1',
      [started.body.id],
    );
    expect(rows).toEqual([
      {
        service_id: service.id,
        workflow_id: `cycle-${started.body.id}`,
        stage: 'gap_identification',
        status: 'in_progress',
        started_by: users.improver.sub,
      },
    ]);

    const read = await stack.http.get(`/v1/cycles/${started.body.id}`, { as: users.auditor });
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({
      id: started.body.id,
      serviceId: service.id,
      stage: 'gap_identification',
      status: 'in_progress',
      policy: { approvalSla: 'PT2S', checkInEvery: 'P30D', reEvaluateAfter: 'P6M' },
      previousCycleId: null,
      startedBy: users.improver.sub,
    });

    const connection = await Connection.connect({ address: testEnvironment().temporalAddress });
    try {
      const description = await new Client({ connection }).workflow
        .getHandle(started.body.workflowId)
        .describe();
      expect(description.status.name).toBe('RUNNING');
      expect(description.taskQueue).toBe(stack.taskQueue);
    } finally {
      await connection.close();
    }
  });

  it('lists cycles filtered by service, stage and status', async () => {
    const service = await createService(stack.http);
    const started = await stack.http.post(
      '/v1/cycles',
      { serviceId: service.id },
      { as: users.improver },
    );
    expect(started.status).toBe(202);

    const listed = await stack.http.get(
      `/v1/cycles?serviceId=${service.id}&stage=gap_identification&status=in_progress`,
      { as: users.manager },
    );
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((cycle: { id: string }) => cycle.id)).toEqual([started.body.id]);
    expect(listed.body.nextCursor).toBeNull();

    const none = await stack.http.get(`/v1/cycles?serviceId=${service.id}&status=closed`, {
      as: users.manager,
    });
    expect(none.body.items).toEqual([]);
  });

  it('lists a service’s cycles newest first on request, and counts them per stage and status', async () => {
    const service = await createService(stack.http);
    const start = async () =>
      expectOk(
        await stack.http.post('/v1/cycles', { serviceId: service.id }, { as: users.improver }),
        202,
      ).body.id as string;
    const first = await start();
    await waitForCycle(stack.http, first, 'the first cycle is recorded', () => true);
    expectOk(
      await stack.http.post(
        `/v1/cycles/${first}/cancel`,
        { reason: 'Wrong service' },
        { as: users.manager },
      ),
    );
    await waitForCycle(
      stack.http,
      first,
      'the first cycle is cancelled',
      (c) => c.status === 'cancelled',
    );
    const second = await start();
    await waitForCycle(stack.http, second, 'the second cycle is recorded', () => true);

    const ids = async (query: string) =>
      expectOk(
        await stack.http.get(`/v1/cycles?serviceId=${service.id}${query}`, { as: users.auditor }),
      ).body.items.map((cycle: { id: string }) => cycle.id);
    expect(await ids('')).toEqual([first, second]);
    expect(await ids('&order=oldest')).toEqual([first, second]);
    expect(await ids('&order=newest')).toEqual([second, first]);
    expect((await stack.http.get('/v1/cycles?order=latest', { as: users.auditor })).status).toBe(
      400,
    );

    const counts = expectOk(
      await stack.http.get(`/v1/cycles/counts?serviceId=${service.id}`, { as: users.auditor }),
    ).body;
    expect(counts.items).toEqual([
      { stage: 'cancelled', status: 'cancelled', count: 1 },
      { stage: 'gap_identification', status: 'in_progress', count: 1 },
    ]);
    const everything = expectOk(
      await stack.http.get('/v1/cycles/counts', { as: users.auditor }),
    ).body;
    const total = everything.items.reduce(
      (sum: number, item: { count: number }) => sum + item.count,
      0,
    );
    expect(total).toBeGreaterThanOrEqual(2);
  });

  it('refuses a second active cycle for the same service with 409', async () => {
    const service = await createService(stack.http);
    const first = await stack.http.post(
      '/v1/cycles',
      { serviceId: service.id },
      { as: users.improver },
    );
    expect(first.status).toBe(202);

    const second = await stack.http.post(
      '/v1/cycles',
      { serviceId: service.id },
      { as: users.improver },
    );

    expect(second.status).toBe(409);
    expect(second.headers.get('content-type')).toContain('application/problem+json');
    expect(second.body.detail).toContain(first.body.id);
  });

  it('lets exactly one of several concurrent starts for a service win', async () => {
    const service = await createService(stack.http);

    const answers = await Promise.all(
      Array.from({ length: 4 }, () =>
        stack.http.post('/v1/cycles', { serviceId: service.id }, { as: users.improver }),
      ),
    );

    expect(answers.map((answer) => answer.status).sort()).toEqual([202, 409, 409, 409]);
    const rows = await queryDatabase(
      `SELECT id FROM cycles WHERE service_id = $1 AND status IN ('in_progress', 'awaiting_approval')`,
      [service.id],
    );
    expect(rows).toEqual([{ id: answers.find((answer) => answer.status === 202)?.body.id }]);
  });

  it('answers 404 for a service that does not exist, and starts nothing', async () => {
    const serviceId = randomUUID();
    const answer = await stack.http.post('/v1/cycles', { serviceId }, { as: users.improver });

    expect(answer.status).toBe(404);
    expect(await queryDatabase('SELECT id FROM cycles WHERE service_id = $1', [serviceId])).toEqual(
      [],
    );
  });

  it('refuses escalations to a role that cannot decide a gate (400), and starts nothing', async () => {
    const { id: serviceId } = await createService(stack.http);
    const answer = await stack.http.post(
      '/v1/cycles',
      { serviceId, policy: { escalateTo: 'auditor' } },
      { as: users.improver },
    );

    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([
      { field: 'policy.escalateTo', message: 'escalateTo must be one of manager, admin' },
    ]);
    expect(await queryDatabase('SELECT id FROM cycles WHERE service_id = $1', [serviceId])).toEqual(
      [],
    );
  });

  it('answers 404 for an unknown cycle and 400 for an id that is not a UUID', async () => {
    expect((await stack.http.get(`/v1/cycles/${randomUUID()}`, { as: users.auditor })).status).toBe(
      404,
    );
    const bad = await stack.http.get('/v1/cycles/not-a-uuid', { as: users.auditor });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([{ field: 'id', message: 'id must be a UUID' }]);
  });

  it('keeps a cycle started while the worker was down, and records it once the worker is back', async () => {
    const service = await createService(stack.http);
    await stack.worker.stop();
    const started = await stack.http.post(
      '/v1/cycles',
      { serviceId: service.id },
      { as: users.improver },
    );
    expect(started.status).toBe(202);
    expect(started.body.stage).toBe('gap_identification');
    expect(await queryDatabase('SELECT id FROM cycles WHERE id = $1', [started.body.id])).toEqual(
      [],
    );

    await stack.worker.start();

    const row = await waitUntil('the cycle row', async () => {
      const rows = await queryDatabase('SELECT status FROM cycles WHERE id = $1', [
        started.body.id,
      ]);
      return rows[0];
    });
    expect(row).toEqual({ status: 'in_progress' });
  });
});
