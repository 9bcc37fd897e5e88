import type { CallHandler, ExecutionContext } from '@nestjs/common';
import { of } from 'rxjs';
import { DomainError, ErrorCode, Role } from '@app/domain';
import type { IdempotencyKeyRepository, IdempotencyKeyUse } from '@app/persistence';
import type { RequestWithUser } from '../auth/auth.decorators';
import { idFromKey } from '../platform/id-generator';
import { scopedIdempotencyKey } from './idempotency-key';
import { IdempotencyKeyInterceptor } from './idempotency-key.interceptor';

const CYCLE = '0b8e3c52-5a38-4c55-9d7e-8f1e6f0a2b11';

function request(overrides: Partial<RequestWithUser> = {}, key: string | null = 'k-1') {
  return {
    headers: key === null ? {} : { 'idempotency-key': key },
    user: { id: 'manu', roles: [Role.Manager] },
    method: 'POST',
    url: `/v1/cycles/${CYCLE}/decisions?x=1`,
    routeOptions: { url: '/v1/cycles/:id/decisions' },
    body: { decision: 'approve', reason: 'ok' },
    ...overrides,
  } as unknown as RequestWithUser;
}

function setup(firstUse?: Partial<IdempotencyKeyUse>) {
  const claim = jest.fn(async (use: IdempotencyKeyUse) => ({ ...use, answer: null, ...firstUse }));
  const interceptor = new IdempotencyKeyInterceptor({
    claim,
  } as unknown as IdempotencyKeyRepository);
  const handle = jest.fn(() => of('answer'));
  const run = (req: RequestWithUser) =>
    interceptor.intercept(
      { switchToHttp: () => ({ getRequest: () => req }) } as unknown as ExecutionContext,
      { handle } as CallHandler,
    );
  return { claim, handle, run };
}

describe('IdempotencyKeyInterceptor', () => {
  it('claims the key with caller, route, path and body hash, then lets the request through', async () => {
    const { claim, handle, run } = setup();
    await run(request());
    expect(claim).toHaveBeenCalledWith({
      key: 'k-1',
      callerId: 'manu',
      method: 'POST',
      route: '/v1/cycles/:id/decisions',
      path: `/v1/cycles/${CYCLE}/decisions`,
      bodySha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(handle).toHaveBeenCalled();
  });

  it('hashes the canonical body: the same fields in another order are the same body', async () => {
    const { claim, run } = setup();
    await run(request());
    await run(request({ body: { reason: 'ok', decision: 'approve' } }));
    const [first, second] = claim.mock.calls.map(([use]) => use.bodySha256);
    expect(second).toBe(first);
  });

  it.each([
    [{ bodySha256: '0'.repeat(64) }, 'with another body'],
    [{ path: `/v1/cycles/${CYCLE}/cancel`, route: '/v1/cycles/:id/cancel' }, 'on another route'],
    [{ callerId: 'mara' }, 'by another caller'],
  ])('refuses a key first used %j with 422, before the handler', async (firstUse, how) => {
    const { handle, run } = setup(firstUse);
    const error = await run(request()).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: ErrorCode.IdempotencyKeyReused });
    expect((error as DomainError).message).toContain(how);
    expect(handle).not.toHaveBeenCalled();
  });

  it('claims nothing without a key, and refuses a malformed one with 400', async () => {
    const { claim, handle, run } = setup();
    await run(request({}, null));
    expect(claim).not.toHaveBeenCalled();
    expect(handle).toHaveBeenCalledTimes(1);
    await expect(run(request({}, 'bad\u0001key'))).rejects.toMatchObject({
      code: ErrorCode.InvalidInput,
    });
    expect(claim).not.toHaveBeenCalled();
  });
});

describe('keys where they meet Temporal', () => {
  it('differ by caller and by path, never by process', () => {
    const mine = scopedIdempotencyKey(request(), 'k-1');
    expect(scopedIdempotencyKey(request(), 'k-1')).toBe(mine);
    expect(scopedIdempotencyKey(request({ user: { id: 'mara', roles: [] } }), 'k-1')).not.toBe(
      mine,
    );
    expect(scopedIdempotencyKey(request({ url: '/v1/cycles/other/decisions' }), 'k-1')).not.toBe(
      mine,
    );
  });

  it('give one UUID (version 8) per key', () => {
    const id = idFromKey('a');
    expect(idFromKey('a')).toBe(id);
    expect(idFromKey('b')).not.toBe(id);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
