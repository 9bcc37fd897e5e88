import { randomUUID } from 'node:crypto';
import { expectOk, gap, serviceWithKpi, startCycle } from '../support/cycle-steps';
import type { TestStack } from '../support/test-stack';
import { startTestStack } from '../support/test-stack';
import { users } from '../support/users';

describe('a gap names where it was found', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(async () => {
    await stack.close();
  });

  it('keeps a source that exists, and refuses one that does not or of an unknown kind', async () => {
    const { service, kpi } = await serviceWithKpi(stack.http);
    const id = await startCycle(stack.http, service.id, {});
    const put = (source: unknown) =>
      stack.http.request('PUT', `/v1/cycles/${id}/gap`, {
        as: users.improver,
        body: { ...gap(kpi.id), source },
      });

    const missing = await put({ kind: 'survey', id: randomUUID() });
    const unknownKind = await put({ kind: 'rumour', id: kpi.id });
    const recorded = expectOk(await put({ kind: 'kpi', id: kpi.id })).body;
    const standard = expectOk(await put({ kind: 'standard', id: service.id })).body;

    expect(missing.status).toBe(400);
    expect(missing.body.errors).toEqual([{ field: 'source.id', message: expect.any(String) }]);
    expect(unknownKind.status).toBe(400);
    expect(recorded.gap.source).toEqual({ kind: 'kpi', id: kpi.id });
    expect(standard.gap.source).toEqual({ kind: 'standard', id: service.id });
  });
});
