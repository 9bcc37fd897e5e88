import type { CallHandler, ExecutionContext } from '@nestjs/common';
import { lastValueFrom, of, throwError } from 'rxjs';
import { DomainError, ErrorCode, Role } from '@app/domain';
import type {
  IdempotencyKeyFirstUse,
  IdempotencyKeyRepository,
  IdempotencyKeyUse,
  KeyedWrite,
} from '@app/persistence';
import type { RequestWithUser } from '../auth/auth.decorators';
import { IdempotentWriteInterceptor } from './idempotent-write.interceptor';
import { openAnswer, sealAnswer } from './sealed-answer';

const KEY = 'key-7f3a';
const CREATED = { id: 'a1', name: 'Front desk', kind: 'front' };

function request(body: unknown = { name: 'Front desk', kind: 'front' }, caller = 'ines') {
  return {
    headers: { 'idempotency-key': KEY },
    user: { id: caller, roles: [Role.Improver] },
    method: 'POST',
    url: '/v1/areas',
    routeOptions: { url: '/v1/areas' },
    body,
  } as unknown as RequestWithUser;
}

/** The repository, with `uses` as the key's first use seen by each lookup in turn. */
function setup(options: { uses?: (IdempotencyKeyFirstUse | undefined)[]; commits?: boolean } = {}) {
  const uses = [...(options.uses ?? [])];
  const write = {
    around: jest.fn(<T>(handle: () => T) => handle()),
    abandon: jest.fn(async () => undefined),
  };
  const keys = {
    firstUse: jest.fn(async () => uses.shift()),
    keyedWrite: jest.fn(() => write as unknown as KeyedWrite),
    commitFirstUse: jest.fn(async () => options.commits ?? true),
  };
  const interceptor = new IdempotentWriteInterceptor(keys as unknown as IdempotencyKeyRepository);
  const run = (req: RequestWithUser, handle: CallHandler['handle'] = () => of(CREATED)) => {
    const handler = { handle: jest.fn(handle) };
    const context = { switchToHttp: () => ({ getRequest: () => req }) } as ExecutionContext;
    const answer = interceptor
      .intercept(context, handler)
      .then((answers) => lastValueFrom(answers));
    return { answer, handler };
  };
  return { keys, write, run };
}

/** A first use recorded by `setup`'s first run: what the repository was asked to commit. */
async function recordedUse(): Promise<IdempotencyKeyFirstUse> {
  const { keys, run } = setup();
  await run(request()).answer;
  const [, use, answer] = keys.commitFirstUse.mock.calls[0] as unknown as [
    KeyedWrite,
    IdempotencyKeyUse,
    Buffer,
  ];
  const { key: _key, ...first } = use;
  return { ...first, answer };
}

describe('IdempotentWriteInterceptor', () => {
  it('runs a request without a key as it is, recording nothing', async () => {
    const { keys, run } = setup();
    const req = request();
    delete (req.headers as Record<string, unknown>)['idempotency-key'];
    expect(await run(req).answer).toEqual(CREATED);
    expect(keys.keyedWrite).not.toHaveBeenCalled();
    expect(keys.commitFirstUse).not.toHaveBeenCalled();
  });

  it('runs a new key’s request inside its keyed write and commits the key with the sealed answer', async () => {
    const { keys, write, run } = setup();
    const { answer, handler } = run(request());
    expect(await answer).toEqual(CREATED);
    expect(write.around).toHaveBeenCalledTimes(1);
    expect(handler.handle).toHaveBeenCalledTimes(1);
    const [committed, use, sealed] = keys.commitFirstUse.mock.calls[0] as unknown as [
      KeyedWrite,
      IdempotencyKeyUse,
      Buffer,
    ];
    expect(committed).toBe(write);
    expect(use).toEqual({
      key: KEY,
      callerId: 'ines',
      method: 'POST',
      route: '/v1/areas',
      path: '/v1/areas',
      bodySha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(openAnswer(KEY, sealed)).toEqual(CREATED);
  });

  it('answers a retry (the same body in another order) with the first answer, without the handler', async () => {
    const first = await recordedUse();
    const { keys, run } = setup({ uses: [first] });
    const { answer, handler } = run(request({ kind: 'front', name: 'Front desk' }));
    expect(await answer).toEqual(CREATED);
    expect(handler.handle).not.toHaveBeenCalled();
    expect(keys.commitFirstUse).not.toHaveBeenCalled();
  });

  it.each([
    ['with another body', request({ name: 'Back office', kind: 'back' })],
    ['by another caller', request(undefined, 'omar')],
  ])('refuses the key used %s with 422, before the handler', async (how, req) => {
    const { run } = setup({ uses: [await recordedUse()] });
    const { answer, handler } = run(req);
    const error = await answer.catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: ErrorCode.IdempotencyKeyReused });
    expect((error as DomainError).message).toContain(how);
    expect(handler.handle).not.toHaveBeenCalled();
  });

  it('refuses the key on another route with 422', async () => {
    const first = { ...(await recordedUse()), route: '/v1/services', path: '/v1/services' };
    const error = await setup({ uses: [first] })
      .run(request())
      .answer.catch((caught: unknown) => caught);
    expect((error as DomainError).message).toContain('on another route');
  });

  it('rolls a refused request back and keeps no key', async () => {
    const { keys, write, run } = setup();
    const refusal = DomainError.conflict('an area named "Front desk" exists');
    await expect(run(request(), () => throwError(() => refusal)).answer).rejects.toBe(refusal);
    expect(write.abandon).toHaveBeenCalled();
    expect(keys.commitFirstUse).not.toHaveBeenCalled();
  });

  it('answers with the first answer when a concurrent request with the key committed first', async () => {
    const winner = { ...(await recordedUse()), answer: sealAnswer(KEY, { ...CREATED, id: 'a0' }) };
    const { run } = setup({ uses: [undefined, winner], commits: false });
    expect(await run(request()).answer).toEqual({ ...CREATED, id: 'a0' });
  });

  it('answers with the first answer when its own attempt failed on what the first one wrote', async () => {
    const winner = { ...(await recordedUse()), answer: sealAnswer(KEY, { ...CREATED, id: 'a0' }) };
    const { write, run } = setup({ uses: [undefined, winner] });
    const clash = DomainError.conflict('an area named "Front desk" exists');
    expect(await run(request(), () => throwError(() => clash)).answer).toEqual({
      ...CREATED,
      id: 'a0',
    });
    expect(write.abandon).toHaveBeenCalled();
  });
});
