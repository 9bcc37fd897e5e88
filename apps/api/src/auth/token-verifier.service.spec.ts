import { sign } from 'jsonwebtoken';
import { Role } from '@app/domain';
import { ApiSettings } from '../platform/api-settings';
import { InvalidTokenError, TokenVerifier } from './token-verifier.service';

describe('TokenVerifier', () => {
  const secret = 'a-test-secret-that-is-long-enough-1234';
  const verifier = new TokenVerifier(
    new ApiSettings({
      databaseUrl: 'postgres://x',
      databasePoolSize: 1,
      temporalAddress: 'x:1',
      temporalNamespace: 'default',
      taskQueue: 'q',
      jwtSecret: secret,
      bodyLimit: 1024,
    }),
  );

  it('reads the user and the known roles from a valid token', () => {
    const token = sign({ sub: 'ana', name: 'Ana', roles: ['manager', 'astronaut'] }, secret);
    expect(verifier.verify(token)).toEqual({ id: 'ana', name: 'Ana', roles: [Role.Manager] });
  });

  it.each([
    [
      'a wrong signature',
      sign({ sub: 'ana', roles: ['manager'] }, 'another-secret-another-secret-xx'),
    ],
    ['an expired token', sign({ sub: 'ana', roles: ['manager'], exp: 1 }, secret)],
    ['no sub', sign({ roles: ['manager'] }, secret)],
    ['no known role', sign({ sub: 'ana', roles: ['astronaut'] }, secret)],
    ['another algorithm', sign({ sub: 'ana', roles: ['manager'] }, secret, { algorithm: 'HS512' })],
    ['garbage', 'a.b.c'],
  ])('refuses %s', (_case, token) => {
    expect(() => verifier.verify(token)).toThrow(InvalidTokenError);
  });

  it.each([
    ['a sub of 201 characters', 'a'.repeat(201), 'at most 200 characters'],
    ['the reserved sub system', 'system', 'reserved for timer-driven events'],
    ['a sub with NUL', 'ana\u0000', 'control characters'],
    ['a sub with a lone surrogate', 'ana\ud800', 'unpaired surrogate'],
  ])('refuses %s, saying why', (_case, sub, why) => {
    const token = sign({ sub, roles: ['manager'] }, secret);
    expect(() => verifier.verify(token)).toThrow(new RegExp(`sub is refused: .*${why}`));
  });

  it('accepts a sub of exactly 200 characters', () => {
    const sub = 'b'.repeat(200);
    expect(verifier.verify(sign({ sub, roles: ['manager'] }, secret)).id).toBe(sub);
  });

  it.each([
    ['longer than 200 characters', 'n'.repeat(201)],
    ['with NUL', 'Ana\u0000'],
    ['with a lone surrogate', 'Ana\udc00'],
    ['not text', 42],
  ])('drops a name claim %s and keeps the caller', (_case, name) => {
    const token = sign({ sub: 'ana', name, roles: ['manager'] }, secret);
    expect(verifier.verify(token)).toEqual({ id: 'ana', roles: [Role.Manager] });
  });

  it('keeps a mixed-script name of 200 characters', () => {
    const name = 'Ana 安娜 آنا 🙂'.padEnd(200, 'x');
    const token = sign({ sub: 'ana', name, roles: ['manager'] }, secret);
    expect(verifier.verify(token).name).toBe(name);
  });

  it('still accepts a token without exp', () => {
    const token = sign({ sub: 'ana', roles: ['manager'] }, secret, { noTimestamp: true });
    expect(verifier.verify(token).id).toBe('ana');
  });
});
