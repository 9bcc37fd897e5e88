import { randomUUID } from 'node:crypto';
import { expectOk } from '../support/cycle-steps';
import { queryDatabase } from '../support/database';
import { createService } from '../support/factories';
import type { TestStack } from '../support/test-stack';
import { startTestStack } from '../support/test-stack';
import { users } from '../support/users';

describe('services measured against their promised standard', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack({ worker: false });
  });
  afterAll(async () => {
    await stack.close();
  });

  const record = (serviceId: string, body: unknown, as = users.improver) =>
    stack.http.post(`/v1/services/${serviceId}/standard-results`, body, { as });

  it('records each quarter’s requests and those within the standard, and shows compliance', async () => {
    const service = await createService(stack.http);
    const requestId = `standard-${randomUUID()}`;
    const q3 = await stack.http.post(
      `/v1/services/${service.id}/standard-results`,
      { period: '2026-Q3', requests: 200, withinStandard: 150 },
      { as: users.improver, headers: { 'x-request-id': requestId } },
    );
    expect(q3.status).toBe(201);
    expect(q3.body).toMatchObject({ period: '2026-Q3', compliance: 0.75, serviceId: service.id });
    expectOk(
      await record(service.id, { period: '2026-Q2', requests: 0, withinStandard: 0 }, users.admin),
      201,
    );
    expectOk(
      await record(service.id, { period: '2026-Q4', requests: 120, withinStandard: 114 }),
      201,
    );

    const compliance = expectOk(
      await stack.http.get(`/v1/services/${service.id}/standard-compliance`, { as: users.auditor }),
    ).body;
    expect(compliance).toEqual({
      items: [
        { period: '2026-Q2', requests: 0, withinStandard: 0, compliance: null },
        { period: '2026-Q3', requests: 200, withinStandard: 150, compliance: 0.75 },
        { period: '2026-Q4', requests: 120, withinStandard: 114, compliance: 0.95 },
      ],
    });
    expect(
      await queryDatabase('SELECT action, actor_id FROM audit_events WHERE request_id = $1', [
        requestId,
      ]),
    ).toEqual([{ action: 'standard_result_recorded', actor_id: users.improver.sub }]);
  });

  it('refuses what cannot be, a quarter twice, and others’ roles, and writes nothing', async () => {
    const service = await createService(stack.http);
    const refused = await record(service.id, {
      period: '2026-Q1',
      requests: 10,
      withinStandard: 11,
    });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([
      { field: 'withinStandard', message: 'must not be more than requests' },
    ]);
    for (const body of [
      { period: '2026-09', requests: 10, withinStandard: 1 },
      { period: '2026-Q1', requests: -1, withinStandard: 0 },
      { period: '2026-Q1', requests: 1.5, withinStandard: 0 },
      { period: '2026-Q1', requests: 10 },
    ]) {
      expect([body, (await record(service.id, body)).status]).toEqual([body, 400]);
    }
    expect(
      (
        await record(
          service.id,
          { period: '2026-Q1', requests: 1, withinStandard: 1 },
          users.manager,
        )
      ).status,
    ).toBe(403);
    expect(
      (await record(randomUUID(), { period: '2026-Q1', requests: 1, withinStandard: 1 })).status,
    ).toBe(404);
    expect(
      await queryDatabase('SELECT id FROM service_standard_results WHERE service_id = $1', [
        service.id,
      ]),
    ).toEqual([]);

    expectOk(await record(service.id, { period: '2026-Q1', requests: 5, withinStandard: 5 }), 201);
    const twice = await record(service.id, { period: '2026-Q1', requests: 6, withinStandard: 6 });
    expect(twice.status).toBe(409);
    expect(twice.body.detail).toContain('2026-Q1');
    expect(
      (
        await stack.http.get(`/v1/services/${randomUUID()}/standard-compliance`, {
          as: users.auditor,
        })
      ).status,
    ).toBe(404);
  });
});
