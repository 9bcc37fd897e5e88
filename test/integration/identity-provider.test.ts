import { createSecretKey, randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { Role } from '@app/domain';
import { waitUntil } from '@app/local-stack';
import type { IdentityProviderSettings } from '../../apps/api/src/auth/identity-provider-keys';
import { IdentityProviderUnavailable } from '../../apps/api/src/auth/identity-provider-keys';
import { InvalidTokenError, TokenVerifier } from '../../apps/api/src/auth/token-verifier.service';
import { ApiSettings } from '../../apps/api/src/platform/api-settings';
import type { SigningAlgorithm } from '../support/identity-provider';
import { TestIdentityProvider } from '../support/identity-provider';

const SECRET = 'an-hs256-secret-for-this-test-only-0123456789';

/** The verifier as the API builds it, pointed at `provider`. */
function verifierFor(
  provider: TestIdentityProvider,
  identity: Partial<IdentityProviderSettings> = {},
  jwtSecret?: string,
): TokenVerifier {
  return new TokenVerifier(
    new ApiSettings({
      databaseUrl: 'postgres://unused',
      databasePoolSize: 1,
      temporalAddress: 'unused:7233',
      temporalNamespace: 'default',
      taskQueue: 'unused',
      bodyLimit: 1024,
      ...(jwtSecret ? { jwtSecret } : {}),
      identityProvider: {
        issuer: provider.issuer,
        rolesClaim: 'realm_access.roles',
        roleMap: new Map([
          ['ci-managers', Role.Manager],
          ['ci-team', Role.Improver],
        ]),
        jwksCooldownMs: 30_000,
        ...identity,
      },
    }),
  );
}

const person = { sub: 'ana', name: 'Ana', realm_access: { roles: ['ci-managers', 'offline'] } };

async function refusalOf(verifying: Promise<unknown>): Promise<string> {
  try {
    await verifying;
  } catch (error) {
    if (error instanceof InvalidTokenError) {
      return error.message;
    }
    throw error;
  }
  throw new Error('the token was accepted');
}

describe('tokens of an OIDC identity provider, over a real JWKS endpoint', () => {
  const provider = new TestIdentityProvider();
  const kids = {} as Record<SigningAlgorithm, string>;

  beforeAll(async () => {
    await provider.start();
    for (const alg of ['RS256', 'PS256', 'ES256', 'EdDSA'] as const) {
      kids[alg] = await provider.addKey(alg);
    }
  });
  afterAll(() => provider.stop());

  it.each(['RS256', 'PS256', 'ES256', 'EdDSA'] as const)(
    'accepts %s, its key found by kid through discovery, roles mapped from a dot path',
    async (alg) => {
      const user = await verifierFor(provider).verify(await provider.token(kids[alg], person));
      expect(user).toEqual({ id: 'ana', name: 'Ana', roles: [Role.Manager] });
    },
  );

  it('refuses, saying why, every token it must not accept', async () => {
    const verifier = verifierFor(provider, { audience: 'improvement-cycles' }, SECRET);
    const rs = kids.RS256;
    const now = Math.floor(Date.now() / 1000);
    const audience = { aud: 'improvement-cycles' };
    // Algorithm confusion: HS256 "signed" with the provider's public key as the secret.
    const publicKeyAsSecret = createSecretKey(
      Buffer.from(JSON.stringify(provider.publicJwk(rs)), 'utf8'),
    );
    const confused = await new SignJWT({ ...person, ...audience, iss: provider.issuer })
      .setProtectedHeader({ alg: 'HS256', kid: rs })
      .setExpirationTime('5m')
      .sign(publicKeyAsSecret);
    const unsigned = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from(
      JSON.stringify({ ...person, ...audience, iss: provider.issuer, exp: now + 300 }),
    ).toString('base64url')}.`;

    const cases: [string, Promise<string>, string][] = [
      ['alg none', Promise.resolve(unsigned), 'algorithm none is not accepted'],
      ['algorithm confusion', Promise.resolve(confused), 'signature does not verify'],
      [
        'a wrong issuer',
        provider.token(rs, { ...person, ...audience, iss: 'https://evil.example' }),
        'iss claim',
      ],
      ['a wrong audience', provider.token(rs, { ...person, aud: 'another-app' }), 'aud claim'],
      ['no audience', provider.token(rs, { ...person, aud: undefined }), 'aud claim'],
      [
        'an expired token',
        provider.token(rs, { ...person, ...audience, exp: now - 61 }),
        'expired',
      ],
      [
        'a token without exp',
        provider.token(rs, { ...person, ...audience, exp: undefined }),
        'exp claim',
      ],
      [
        'a token not yet valid',
        provider.token(rs, { ...person, ...audience, nbf: now + 120 }),
        'nbf claim',
      ],
      [
        'an unknown kid',
        provider.token(rs, { ...person, ...audience }, { kid: 'nobody' }),
        'matches its kid',
      ],
    ];
    for (const [what, token, why] of cases) {
      expect([what, await refusalOf(verifier.verify(await token))]).toEqual([
        what,
        expect.stringContaining(why),
      ]);
    }
    // A person whose roles map to none of the product's: signed in, with no product role.
    const roleless = await provider.token(rs, {
      ...audience,
      sub: 'ana',
      realm_access: { roles: ['offline'] },
    });
    expect(await verifier.verify(roleless)).toEqual({ id: 'ana', roles: [] });
    // Within the 60 s of skew: accepted.
    const skewed = await provider.token(rs, {
      ...person,
      ...audience,
      exp: now - 30,
      nbf: now + 30,
    });
    expect((await verifier.verify(skewed)).id).toBe('ana');
  });

  it('refuses HS256 when only the identity provider is configured, and takes it with a secret', async () => {
    const hs256 = await new SignJWT({ sub: 'ana', roles: ['manager'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setExpirationTime('5m')
      .sign(createSecretKey(Buffer.from(SECRET, 'utf8')));
    expect(await refusalOf(verifierFor(provider).verify(hs256))).toContain(
      'HS256 tokens are refused',
    );
    expect((await verifierFor(provider, {}, SECRET).verify(hs256)).roles).toEqual([Role.Manager]);
  });

  it('accepts a key added to the JWKS without a restart, once the cooldown has passed', async () => {
    const verifier = verifierFor(provider, { jwksCooldownMs: 1_000 });
    await verifier.verify(await provider.token(kids.ES256, person));
    const rotated = await provider.addKey('ES256');
    const token = await provider.token(rotated, person);
    const user = await waitUntil(
      'the new key to be accepted',
      () => verifier.verify(token).catch(() => undefined),
      { timeoutMs: 10_000, intervalMs: 200 },
    );
    expect(user.id).toBe('ana');
  });

  it('fetches the JWKS at most once per cooldown, however many unknown kids arrive', async () => {
    const verifier = verifierFor(provider);
    await verifier.verify(await provider.token(kids.RS256, person));
    const before = provider.jwksFetches;
    const flood = await Promise.all(
      Array.from({ length: 50 }, () =>
        provider.token(kids.RS256, person, { kid: `made-up-${randomUUID()}` }),
      ),
    );
    for (const token of flood) {
      expect(await refusalOf(verifier.verify(token))).toContain('matches its kid');
    }
    expect(provider.jwksFetches - before).toBeLessThanOrEqual(1);
  });

  it('uses AUTH_JWKS_URL instead of discovery when both are set', async () => {
    const verifier = verifierFor(provider, { issuer: provider.issuer, jwksUrl: provider.jwksUrl });
    const before = provider.jwksFetches;
    expect((await verifier.verify(await provider.token(kids.EdDSA, person))).id).toBe('ana');
    expect(provider.jwksFetches).toBe(before + 1);
  });

  it('answers "unavailable", not "invalid", while the identity provider is down', async () => {
    const verifier = verifierFor(provider, { jwksCooldownMs: 1_000 });
    const token = await provider.token(kids.RS256, person);
    await provider.stop();
    try {
      const refused = verifier.verify(token);
      await expect(refused).rejects.toThrow(IdentityProviderUnavailable);
      // The caller learns that the provider is out of reach, not where it is or what failed.
      const message = await refused.catch((error: Error) => error.message);
      expect(message).toBe("the identity provider's discovery document could not be read");
    } finally {
      await provider.start();
    }
    // Back up: discovery is tried again once the cooldown has passed, and the token accepted.
    const user = await waitUntil(
      'the token to be accepted again',
      () => verifier.verify(token).catch(() => undefined),
      { timeoutMs: 10_000, intervalMs: 200 },
    );
    expect(user.id).toBe('ana');
  });

  it('tries a failed discovery again only once its cooldown has passed, not on every token', async () => {
    const verifier = verifierFor(provider, { jwksCooldownMs: 30_000 });
    const token = await provider.token(kids.RS256, person);
    provider.discoveryFails = true;
    const before = provider.discoveryRequests;
    try {
      for (let attempt = 0; attempt < 5; attempt += 1) {
        await expect(verifier.verify(token)).rejects.toThrow(IdentityProviderUnavailable);
      }
    } finally {
      provider.discoveryFails = false;
    }
    expect(provider.discoveryRequests - before).toBe(1);
    // Up again within the 30 s: still refused without asking, so the provider is not hammered.
    await expect(verifier.verify(token)).rejects.toThrow(IdentityProviderUnavailable);
    expect(provider.discoveryRequests - before).toBe(1);
  });
});
