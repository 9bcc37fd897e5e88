import { Logger } from '@nestjs/common';
import type { JWTVerifyGetKey } from 'jose';
import { createRemoteJWKSet } from 'jose';
import { isLoopbackHost } from '@app/config';

/** Where the identity provider's keys are and how often they may be fetched. */
export interface IdentityProviderSettings {
  /** OIDC issuer: `iss` must equal it; its discovery document names the JWKS. */
  issuer?: string;
  /** The JWKS; when set, used instead of the discovery document's `jwks_uri`. */
  jwksUrl?: string;
  /** The `aud` every token must carry; unset, not checked. */
  audience?: string;
  /** Dot path of the roles claim. */
  rolesClaim: string;
  /** Identity-provider roles to product roles; unset, the claim's values are product roles. */
  roleMap?: ReadonlyMap<string, string>;
  /** The least time between two JWKS fetches (an unknown `kid` waits for it). */
  jwksCooldownMs: number;
}

/**
 * The identity provider could not be reached: the caller may retry; the token may be fine. Its
 * message is for the caller, so it names no address and repeats no network error (those are
 * logged).
 */
export class IdentityProviderUnavailable extends Error {}

/** How long a discovery document or JWKS fetch may take before the request answers 503. */
const FETCH_TIMEOUT_MS = 5_000;

const DISCOVERY_FAILED = "the identity provider's discovery document could not be read";

/**
 * The identity provider's signing keys, looked up by `kid` through jose's remote JWKS: fetched on
 * first use, cached, fetched again when a token names an unknown `kid`, but never twice within
 * the cooldown. The JWKS URL comes from AUTH_JWKS_URL or, once, from the issuer's discovery
 * document; a failed discovery is tried again once the same cooldown has passed, not on every
 * request, so a provider that is down is not hammered by every caller.
 */
export class IdentityProviderKeys {
  private keys?: Promise<JWTVerifyGetKey>;
  /** When discovery last failed (epoch ms). */
  private discoveryFailedAt?: number;
  private readonly logger = new Logger('IdentityProvider');

  constructor(private readonly settings: IdentityProviderSettings) {}

  /** The key a token's header names, for `jwtVerify`. */
  readonly getKey: JWTVerifyGetKey = async (header, token) => {
    if (!this.keys) {
      const failedAt = this.discoveryFailedAt;
      if (failedAt !== undefined && Date.now() - failedAt < this.settings.jwksCooldownMs) {
        throw new IdentityProviderUnavailable(DISCOVERY_FAILED);
      }
      this.keys = this.remoteKeys().catch((error: unknown) => {
        this.keys = undefined;
        this.discoveryFailedAt = Date.now();
        throw error;
      });
    }
    return (await this.keys)(header, token);
  };

  private async remoteKeys(): Promise<JWTVerifyGetKey> {
    const url = this.settings.jwksUrl ?? (await this.discoverJwksUrl());
    return createRemoteJWKSet(new URL(url), {
      cooldownDuration: this.settings.jwksCooldownMs,
      timeoutDuration: FETCH_TIMEOUT_MS,
    });
  }

  private async discoverJwksUrl(): Promise<string> {
    const issuer = this.settings.issuer ?? '';
    const url = `${issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`;
    let document: unknown;
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
      if (!response.ok) {
        throw new Error(`answered ${response.status}`);
      }
      document = await response.json();
    } catch (error) {
      throw this.discoveryFailed(url, error instanceof Error ? error : new Error(String(error)));
    }
    const jwksUri = (document as { jwks_uri?: unknown } | null)?.jwks_uri;
    if (typeof jwksUri !== 'string' || !URL.canParse(jwksUri)) {
      throw this.discoveryFailed(url, new Error('it names no jwks_uri'));
    }
    const { protocol, hostname } = new URL(jwksUri);
    // The same rule as AUTH_JWKS_URL: keys over plain http only from this machine.
    if (protocol !== 'https:' && !(protocol === 'http:' && isLoopbackHost(hostname))) {
      throw this.discoveryFailed(url, new Error(`its jwks_uri ${jwksUri} is not https`));
    }
    return jwksUri;
  }

  /** Logs where and why discovery failed; the caller learns only that it did. */
  private discoveryFailed(url: string, error: Error): IdentityProviderUnavailable {
    this.logger.warn({
      msg: 'identity provider discovery failed; tried again after the JWKS cooldown',
      url,
      error: error.message,
      cause: error.cause instanceof Error ? error.cause.message : undefined,
    });
    return new IdentityProviderUnavailable(DISCOVERY_FAILED);
  }
}
