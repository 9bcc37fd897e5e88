import { generateKeyPairSync } from 'node:crypto';
import type { SignOptions } from 'jsonwebtoken';
import { sign } from 'jsonwebtoken';
import { Role } from '@app/domain';
import { waitUntil } from '@app/local-stack';
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

  /** Signed with the service's secret, valid for an hour unless the claims say otherwise. */
  const hs256 = (claims: object, key = secret, options: SignOptions = {}) =>
    sign(claims, key, { expiresIn: '1h', ...options });

  it('reads the user and the known roles from a valid token', async () => {
    const token = hs256({ sub: 'ana', name: 'Ana', roles: ['manager', 'astronaut'] });
    expect(await verifier.verify(token)).toEqual({
      id: 'ana',
      name: 'Ana',
      roles: [Role.Manager],
    });
  });

  it.each([
    [
      'a wrong signature',
      hs256({ sub: 'ana', roles: ['manager'] }, 'another-secret-another-secret-xx'),
      'its signature does not verify',
    ],
    [
      'an expired token',
      sign({ sub: 'ana', roles: ['manager'], exp: Math.floor(Date.now() / 1000) - 61 }, secret),
      'it has expired',
    ],
    [
      'a token without exp',
      sign({ sub: 'ana', roles: ['manager'] }, secret, { noTimestamp: true }),
      'exp claim is refused',
    ],
    ['no sub', hs256({ roles: ['manager'] }), 'no sub'],
    [
      'another algorithm',
      hs256({ sub: 'ana', roles: ['manager'] }, secret, { algorithm: 'HS512' }),
      'algorithm HS512 is not accepted',
    ],
    [
      'alg none',
      sign({ sub: 'ana', roles: ['manager'] }, null, { algorithm: 'none', expiresIn: '1h' }),
      'algorithm none is not accepted',
    ],
    ['garbage', 'a.b.c', 'not a well-formed JWT'],
  ])('refuses %s, saying why', async (_case, token, why) => {
    const refusal = verifier.verify(token);
    await expect(refusal).rejects.toThrow(InvalidTokenError);
    await expect(refusal).rejects.toThrow(why);
  });

  it('stops accepting a token it verified once its exp and skew have passed', async () => {
    const exp = Math.floor(Date.now() / 1000) - 59;
    const token = sign({ sub: 'ana', roles: ['manager'], exp }, secret);
    expect((await verifier.verify(token)).id).toBe('ana');
    expect((await verifier.verify(token)).id).toBe('ana');
    await waitUntil(
      'the remembered token to expire',
      () =>
        verifier.verify(token).then(
          () => undefined,
          (error: Error) => error.message,
        ),
      { timeoutMs: 5_000, intervalMs: 100 },
    ).then((why) => expect(why).toContain('expired'));
  });

  it('reads a token granting no product role as a signed-in person without one', async () => {
    expect(await verifier.verify(hs256({ sub: 'ana', roles: ['astronaut'] }))).toEqual({
      id: 'ana',
      roles: [],
    });
  });

  it('accepts a token expired less than the 60 s of clock skew ago', async () => {
    const exp = Math.floor(Date.now() / 1000) - 30;
    expect((await verifier.verify(sign({ sub: 'ana', roles: ['manager'], exp }, secret))).id).toBe(
      'ana',
    );
  });

  it.each([
    ['a sub of 201 characters', 'a'.repeat(201), 'at most 200 characters'],
    ['the reserved sub system', 'system', 'reserved for timer-driven events'],
    [
      "a sub in service accounts' reserved prefix",
      'service-account:8d6b3c1e-0f2a-4b8e-9c3d-2a1b0c9d8e7f',
      '"service-account:" begins only service accounts',
    ],
    ['a sub with NUL', 'ana\u0000', 'control characters'],
    ['a sub with a lone surrogate', 'ana\ud800', 'unpaired surrogate'],
  ])('refuses %s, saying why', async (_case, sub, why) => {
    const token = hs256({ sub, roles: ['manager'] });
    await expect(verifier.verify(token)).rejects.toThrow(new RegExp(`sub is refused: .*${why}`));
  });

  it('accepts a sub of exactly 200 characters', async () => {
    const sub = 'b'.repeat(200);
    expect((await verifier.verify(hs256({ sub, roles: ['manager'] }))).id).toBe(sub);
  });

  it.each([
    ['longer than 200 characters', 'n'.repeat(201)],
    ['with NUL', 'Ana\u0000'],
    ['with a lone surrogate', 'Ana\udc00'],
    ['not text', 42],
  ])('drops a name claim %s and keeps the caller', async (_case, name) => {
    const token = hs256({ sub: 'ana', name, roles: ['manager'] });
    expect(await verifier.verify(token)).toEqual({ id: 'ana', roles: [Role.Manager] });
  });

  it('keeps a mixed-script name of 200 characters', async () => {
    const name = 'Ana 安娜 آنا 🙂'.padEnd(200, 'x');
    const token = hs256({ sub: 'ana', name, roles: ['manager'] });
    expect((await verifier.verify(token)).name).toBe(name);
  });

  it('refuses asymmetric tokens when no identity provider is configured', async () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const token = sign({ sub: 'ana', roles: ['manager'] }, privateKey, {
      algorithm: 'ES256',
      expiresIn: '1h',
    });
    await expect(verifier.verify(token)).rejects.toThrow(
      'ES256 tokens need an identity provider, and none is configured',
    );
  });
});
