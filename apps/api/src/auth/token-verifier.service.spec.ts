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
});
