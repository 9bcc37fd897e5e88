import type { KeyObject } from 'node:crypto';
import { createSecretKey } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import type { JWTPayload, JWTVerifyOptions } from 'jose';
import { decodeProtectedHeader, errors, jwtVerify } from 'jose';
import { LRUCache } from 'lru-cache';
import { ApiSettings } from '../platform/api-settings';
import type { AuthenticatedUser } from './authenticated-user';
import { IdentityProviderKeys, IdentityProviderUnavailable } from './identity-provider-keys';
import type { RoleClaim } from './token-claims';
import { InvalidTokenError, userFromClaims } from './token-claims';

export { InvalidTokenError } from './token-claims';

/** The identity provider's algorithms; HS256 only ever with the service's own secret. */
const ASYMMETRIC_ALGORITHMS = ['RS256', 'PS256', 'ES256', 'EdDSA'];
/** Clocks of the identity provider and of this service may disagree by this much. */
const CLOCK_SKEW_SECONDS = 60;

/**
 * Tokens verified lately, kept until they expire (at most this long): a client sends the same
 * token on every request, and jose verifies through WebCrypto, about 130 µs a token here against
 * jsonwebtoken's 12. Keyed by the whole token, signature included: the same text, the same answer.
 */
const VERIFIED_TOKENS = { max: 10_000, maxAgeMs: 5 * 60_000 };

/** HS256 tokens are the product's own (`npm run token`): their roles are in `roles`. */
const PRODUCT_ROLE_CLAIM: RoleClaim = { path: 'roles' };

/**
 * Verifies bearer tokens with jose: the identity provider's (RS256, PS256, ES256, EdDSA, keys
 * from its JWKS by `kid`) when one is configured, and HS256 ones when the service has a secret.
 * Every token must carry `exp`. A token refused for any reason is an `InvalidTokenError` saying
 * why (401); an identity provider out of reach is `IdentityProviderUnavailable` (503).
 */
@Injectable()
export class TokenVerifier {
  private readonly secret?: KeyObject;
  private readonly provider?: IdentityProviderKeys;
  private readonly providerClaim?: RoleClaim;
  private readonly providerChecks: JWTVerifyOptions;
  private readonly verifiedTokens = new LRUCache<string, AuthenticatedUser>({
    max: VERIFIED_TOKENS.max,
  });

  constructor(settings: ApiSettings) {
    if (settings.jwtSecret) {
      this.secret = createSecretKey(Buffer.from(settings.jwtSecret, 'utf8'));
    }
    const identity = settings.identityProvider;
    if (identity) {
      this.provider = new IdentityProviderKeys(identity);
      this.providerClaim = { path: identity.rolesClaim, map: identity.roleMap };
    }
    this.providerChecks = {
      algorithms: ASYMMETRIC_ALGORITHMS,
      requiredClaims: ['exp'],
      clockTolerance: CLOCK_SKEW_SECONDS,
      ...(identity?.issuer ? { issuer: identity.issuer } : {}),
      ...(identity?.audience ? { audience: identity.audience } : {}),
    };
  }

  async verify(token: string): Promise<AuthenticatedUser> {
    const known = this.verifiedTokens.get(token);
    if (known) {
      return known;
    }
    const { user, exp } = await this.verifyOnce(token);
    const validForMs = (exp + CLOCK_SKEW_SECONDS) * 1000 - Date.now();
    if (validForMs >= 1) {
      this.verifiedTokens.set(token, user, {
        ttl: Math.min(Math.floor(validForMs), VERIFIED_TOKENS.maxAgeMs),
      });
    }
    return user;
  }

  private async verifyOnce(token: string): Promise<{ user: AuthenticatedUser; exp: number }> {
    const alg = algorithmOf(token);
    if (alg === 'HS256') {
      if (!this.secret) {
        throw new InvalidTokenError(
          'HS256 tokens are refused: this service accepts only its identity provider’s tokens',
        );
      }
      const claims = await verified(() =>
        jwtVerify(token, this.secret as KeyObject, {
          algorithms: ['HS256'],
          requiredClaims: ['exp'],
          clockTolerance: CLOCK_SKEW_SECONDS,
        }),
      );
      return { user: userFromClaims(claims, PRODUCT_ROLE_CLAIM), exp: claims.exp as number };
    }
    if (!ASYMMETRIC_ALGORITHMS.includes(alg)) {
      throw new InvalidTokenError(`its algorithm ${alg} is not accepted`);
    }
    if (!this.provider || !this.providerClaim) {
      throw new InvalidTokenError(
        `${alg} tokens need an identity provider, and none is configured`,
      );
    }
    const provider = this.provider;
    const claims = await verified(() => jwtVerify(token, provider.getKey, this.providerChecks));
    return { user: userFromClaims(claims, this.providerClaim), exp: claims.exp as number };
  }
}

function algorithmOf(token: string): string {
  try {
    const { alg } = decodeProtectedHeader(token);
    return typeof alg === 'string' ? alg : 'none';
  } catch {
    throw new InvalidTokenError('it is not a well-formed JWT');
  }
}

/** The token's claims once jose verified it; jose's refusals said in a user's words. */
async function verified(verify: () => Promise<{ payload: JWTPayload }>): Promise<JWTPayload> {
  try {
    return (await verify()).payload;
  } catch (error) {
    throw refusal(error);
  }
}

const logger = new Logger('IdentityProvider');

/** The provider's keys out of reach: why is logged; the caller is told no address or error. */
function keysUnavailable(error: unknown): IdentityProviderUnavailable {
  logger.warn({
    msg: "the identity provider's keys could not be fetched",
    error: error instanceof Error ? error.message : String(error),
    cause: error instanceof Error && error.cause instanceof Error ? error.cause.message : undefined,
  });
  return new IdentityProviderUnavailable("the identity provider's keys could not be fetched");
}

function refusal(error: unknown): Error {
  if (error instanceof IdentityProviderUnavailable) {
    return error;
  }
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid) {
    return keysUnavailable(error);
  }
  if (error instanceof errors.JWTExpired) {
    return new InvalidTokenError('it has expired');
  }
  if (error instanceof errors.JWTClaimValidationFailed) {
    return new InvalidTokenError(`its ${error.claim} claim is refused: ${error.message}`);
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) {
    return new InvalidTokenError('its signature does not verify');
  }
  if (error instanceof errors.JWKSNoMatchingKey) {
    return new InvalidTokenError('no key of the identity provider matches its kid');
  }
  if (error instanceof errors.JOSEError) {
    return new InvalidTokenError(error.message);
  }
  // Not jose's own: the JWKS could not be fetched (refused connection, DNS, TLS).
  return keysUnavailable(error);
}
