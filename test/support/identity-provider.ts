import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CryptoKey, JWK, JWTPayload } from 'jose';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { OidcLogin } from './oidc-login';

export type SigningAlgorithm = 'RS256' | 'PS256' | 'ES256' | 'EdDSA';

interface SigningKey {
  kid: string;
  alg: SigningAlgorithm;
  privateKey: CryptoKey;
  publicJwk: JWK;
}

/**
 * A real identity provider for tests: an HTTP server on a free port with an OIDC discovery
 * document and a JWKS of keys generated for this run, counting how often each is asked for.
 * Keys can be added (rotation), and the server can be stopped and started again.
 */
export class TestIdentityProvider {
  jwksFetches = 0;
  /** How often its discovery document was asked for, answered or not. */
  discoveryRequests = 0;
  /** While true, discovery answers 503, as a provider half down would. */
  discoveryFails = false;
  private readonly keys: SigningKey[] = [];
  private server?: Server;
  private port = 0;

  /** The `aud` its tokens carry unless told otherwise: the API's AUTH_AUDIENCE in the tests. */
  readonly audience = 'improvement-cycles';

  get issuer(): string {
    return `http://127.0.0.1:${this.port}/realms/test`;
  }

  get jwksUrl(): string {
    return `${this.issuer}/protocol/openid-connect/certs`;
  }

  /** Set by `enableLogin`: people sign in here (authorization code with PKCE). */
  login?: OidcLogin;

  /** Adds the login endpoints, signing tokens with `kid`. */
  enableLogin(kid: string): OidcLogin {
    this.login = new OidcLogin((claims) => this.token(kid, claims));
    return this.login;
  }

  private discovery(): Record<string, unknown> {
    const endpoints = `${this.issuer}/protocol/openid-connect`;
    return {
      issuer: this.issuer,
      jwks_uri: this.jwksUrl,
      ...(this.login
        ? {
            authorization_endpoint: `${endpoints}/auth`,
            token_endpoint: `${endpoints}/token`,
            end_session_endpoint: `${endpoints}/logout`,
            response_types_supported: ['code'],
            code_challenge_methods_supported: ['S256'],
            subject_types_supported: ['public'],
            id_token_signing_alg_values_supported: ['RS256', 'ES256', 'EdDSA', 'PS256'],
          }
        : {}),
    };
  }

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      const path = new URL(request.url ?? '/', this.issuer).pathname;
      // A browser calls discovery and the token endpoint from the console's origin.
      response.setHeader('access-control-allow-origin', '*');
      if (path === '/realms/test/.well-known/openid-configuration') {
        this.discoveryRequests += 1;
        if (this.discoveryFails) {
          response.statusCode = 503;
          response.end();
          return;
        }
        response.setHeader('content-type', 'application/json');
        response.end(JSON.stringify(this.discovery()));
      } else if (path === '/realms/test/protocol/openid-connect/auth' && this.login) {
        this.login.authorize(new URL(request.url ?? '/', this.issuer), response);
      } else if (path === '/realms/test/protocol/openid-connect/token' && this.login) {
        void this.login.token(request, response);
      } else if (path === '/realms/test/protocol/openid-connect/logout' && this.login) {
        this.login.endSession(new URL(request.url ?? '/', this.issuer), response);
      } else if (path === '/realms/test/protocol/openid-connect/certs') {
        this.jwksFetches += 1;
        response.setHeader('content-type', 'application/json');
        response.end(JSON.stringify({ keys: this.keys.map((key) => key.publicJwk) }));
      } else {
        response.statusCode = 404;
        response.end();
      }
    });
    await new Promise<void>((resolve) => this.server?.listen(this.port, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    server?.closeAllConnections();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  }

  /** Generates a key pair and publishes its public half in the JWKS; its `kid`. */
  async addKey(alg: SigningAlgorithm): Promise<string> {
    const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
    const kid = `${alg.toLowerCase()}-${randomUUID()}`;
    const publicJwk = { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' };
    this.keys.push({ kid, alg, privateKey, publicJwk });
    return kid;
  }

  /** The public key of `kid` as a JWK, e.g. to forge an HS256 token with it. */
  publicJwk(kid: string): JWK {
    return this.key(kid).publicJwk;
  }

  /**
   * A token signed with `kid`: issued by this provider for `audience`, valid for five minutes,
   * unless `claims` or `header` say otherwise (`exp: undefined` leaves `exp` out, and so on).
   */
  async token(
    kid: string,
    claims: JWTPayload & Record<string, unknown>,
    header: { kid?: string } = {},
  ): Promise<string> {
    const key = this.key(kid);
    const now = Math.floor(Date.now() / 1000);
    const payload = { iss: this.issuer, aud: this.audience, iat: now, exp: now + 300, ...claims };
    const jwt = new SignJWT(
      Object.fromEntries(Object.entries(payload).filter(([, value]) => value !== undefined)),
    ).setProtectedHeader({ alg: key.alg, kid: header.kid ?? kid, typ: 'JWT' });
    return jwt.sign(key.privateKey);
  }

  private key(kid: string): SigningKey {
    const key = this.keys.find((candidate) => candidate.kid === kid);
    if (!key) {
      throw new Error(`no key ${kid}`);
    }
    return key;
  }
}
