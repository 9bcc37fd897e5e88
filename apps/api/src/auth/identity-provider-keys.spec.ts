import { Logger } from '@nestjs/common';
import { IdentityProviderKeys, IdentityProviderUnavailable } from './identity-provider-keys';

describe('IdentityProviderKeys: where the keys come from', () => {
  const issuer = 'https://idp.acme.example/realms/acme';
  const header = { alg: 'RS256', kid: 'k1' };
  const token = { payload: '', signature: '' } as never;
  let fetched: string[];
  let warnings: unknown[];

  /** The provider answers discovery with `document`; every other URL is counted and refused. */
  const provider = (document: unknown) =>
    jest.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
      const url = input instanceof Request ? input.url : input.toString();
      fetched.push(url);
      return url.endsWith('/.well-known/openid-configuration')
        ? new Response(JSON.stringify(document), { status: 200 })
        : new Response('', { status: 404 });
    });

  beforeEach(() => {
    fetched = [];
    warnings = [];
    jest.spyOn(Logger.prototype, 'warn').mockImplementation((message: unknown) => {
      warnings.push(message);
    });
  });
  afterEach(() => jest.restoreAllMocks());

  const keys = () =>
    new IdentityProviderKeys({ issuer, rolesClaim: 'roles', jwksCooldownMs: 30_000 });

  it.each([
    ['plain http off this machine', 'http://keys.internal.example/certs'],
    ['no URL', 'certs'],
    ['nothing', undefined],
  ])(
    'refuses a discovery document naming its keys with %s, and never fetches them',
    async (_case, jwksUri) => {
      provider({ issuer, jwks_uri: jwksUri });
      const refusal = keys().getKey(header, token);
      await expect(refusal).rejects.toThrow(IdentityProviderUnavailable);
      await expect(refusal).rejects.toThrow(
        /^the identity provider's discovery document could not be read$/,
      );
      expect(fetched).toEqual([`${issuer}/.well-known/openid-configuration`]);
      // Where and why go to the log, for the operator.
      expect(JSON.stringify(warnings)).toContain(`${issuer}/.well-known/openid-configuration`);
    },
  );

  it('takes keys over plain http from this machine', async () => {
    provider({ issuer, jwks_uri: 'http://127.0.0.1:8080/certs' });
    await expect(keys().getKey(header, token)).rejects.toThrow();
    expect(fetched).toEqual([
      `${issuer}/.well-known/openid-configuration`,
      'http://127.0.0.1:8080/certs',
    ]);
  });
});
