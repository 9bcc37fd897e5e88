import { createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { JWTPayload } from 'jose';

interface PendingCode {
  clientId: string;
  redirectUri: string;
  challenge: string;
  nonce?: string;
  scope: string;
  claims: JWTPayload & Record<string, unknown>;
}

/** Signs claims with the provider's key: the access token and the ID token. */
export type ClaimSigner = (claims: JWTPayload & Record<string, unknown>) => Promise<string>;

/**
 * The login half of a real OIDC provider for browser tests: the authorization endpoint signs in
 * whoever the test chose (no login form) and redirects back with a one-time code; the token
 * endpoint exchanges it only with the PKCE verifier whose S256 hash the authorization request
 * carried, as an authorization server must.
 */
export class OidcLogin {
  /** Who the next login is; undefined: the provider refuses to sign anyone in. */
  person?: JWTPayload & Record<string, unknown>;
  readonly exchanged: { clientId: string; scope: string; sub: unknown }[] = [];
  /** How many times someone signed out here (the end-session endpoint). */
  signedOut = 0;
  private readonly codes = new Map<string, PendingCode>();

  constructor(private readonly sign: ClaimSigner) {}

  authorize(url: URL, response: ServerResponse): void {
    const query = url.searchParams;
    const redirectUri = query.get('redirect_uri') ?? '';
    if (
      !this.person ||
      query.get('response_type') !== 'code' ||
      query.get('code_challenge_method') !== 'S256' ||
      !query.get('code_challenge') ||
      !redirectUri
    ) {
      response.statusCode = 400;
      response.end('refused: no person to sign in, or not a PKCE authorization code request');
      return;
    }
    const code = randomBytes(16).toString('hex');
    this.codes.set(code, {
      clientId: query.get('client_id') ?? '',
      redirectUri,
      challenge: query.get('code_challenge') ?? '',
      nonce: query.get('nonce') ?? undefined,
      scope: query.get('scope') ?? '',
      claims: this.person,
    });
    const back = new URL(redirectUri);
    back.searchParams.set('code', code);
    back.searchParams.set('state', query.get('state') ?? '');
    response.statusCode = 302;
    response.setHeader('location', back.toString());
    response.end();
  }

  /** RP-initiated logout: the session ends, and the browser goes back where the console asked. */
  endSession(url: URL, response: ServerResponse): void {
    this.signedOut += 1;
    this.person = undefined;
    const back = url.searchParams.get('post_logout_redirect_uri');
    response.statusCode = back ? 302 : 200;
    if (back) {
      response.setHeader('location', back);
    }
    response.end();
  }

  async token(request: IncomingMessage, response: ServerResponse): Promise<void> {
    let body = '';
    for await (const chunk of request) {
      body += String(chunk);
    }
    const form = new URLSearchParams(body);
    const pending = this.codes.get(form.get('code') ?? '');
    this.codes.delete(form.get('code') ?? '');
    const verifier = form.get('code_verifier') ?? '';
    const challenge = createHash('sha256').update(verifier).digest('base64url');
    response.setHeader('content-type', 'application/json');
    if (
      form.get('grant_type') !== 'authorization_code' ||
      !pending ||
      pending.challenge !== challenge ||
      pending.redirectUri !== form.get('redirect_uri') ||
      pending.clientId !== form.get('client_id')
    ) {
      response.statusCode = 400;
      response.end(JSON.stringify({ error: 'invalid_grant' }));
      return;
    }
    this.exchanged.push({
      clientId: pending.clientId,
      scope: pending.scope,
      sub: pending.claims.sub,
    });
    const accessToken = await this.sign(pending.claims);
    const idToken = await this.sign({
      sub: pending.claims.sub,
      aud: pending.clientId,
      ...(pending.nonce ? { nonce: pending.nonce } : {}),
    });
    response.end(
      JSON.stringify({
        access_token: accessToken,
        id_token: idToken,
        token_type: 'Bearer',
        expires_in: 300,
        scope: pending.scope,
      }),
    );
  }
}
