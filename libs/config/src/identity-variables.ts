import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUrl, Matches, Max, Min, MinLength } from 'class-validator';
import type { Role } from '@app/domain';
import { ALL_ROLES } from '@app/domain';

const ROLE_NAMES = ALL_ROLES.join('|');
/** `idp-role=product-role`, comma-separated: names without `=`, `,` or white space. */
const ROLE_MAP = new RegExp(`^[^=,\\s]+=(${ROLE_NAMES})(,[^=,\\s]+=(${ROLE_NAMES}))*$`);
const URL_OPTIONS = { require_tld: false, protocols: ['http', 'https'], require_protocol: true };
const LOOPBACK_IPV4 = /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;

/** localhost, 127.0.0.0/8 or ::1 (a URL's `hostname`): plain http there never leaves the machine. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[(.*)\]$/, '$1');
  return host === 'localhost' || host === '::1' || LOOPBACK_IPV4.test(host);
}

/** Whether `url` is `http:` to a host other than this machine's loopback. */
function plainHttpOffMachine(url: string): boolean {
  if (!URL.canParse(url)) {
    return false;
  }
  const { protocol, hostname } = new URL(url);
  return protocol === 'http:' && !isLoopbackHost(hostname);
}

/** How bearer tokens of the organization's identity provider are verified (OIDC / JWKS). */
export class IdentityVariables {
  /** OIDC issuer: its discovery document names the JWKS, and `iss` must equal it. */
  @IsOptional()
  @IsUrl(URL_OPTIONS, { message: 'AUTH_ISSUER must be an http(s) URL' })
  AUTH_ISSUER?: string;

  /** The JWKS, when there is no discovery document; with AUTH_ISSUER, used instead of its own. */
  @IsOptional()
  @IsUrl(URL_OPTIONS, { message: 'AUTH_JWKS_URL must be an http(s) URL' })
  AUTH_JWKS_URL?: string;

  /** The `aud` every token must carry; unset, not checked. */
  @IsOptional()
  @IsString()
  @MinLength(1)
  AUTH_AUDIENCE?: string;

  /** Dot path of the claim listing the caller's roles or groups, e.g. `realm_access.roles`. */
  @IsOptional()
  @Matches(/^[^.\s]+(\.[^.\s]+)*$/, {
    message: 'AUTH_ROLES_CLAIM must be a dot path of claim names, e.g. realm_access.roles',
  })
  AUTH_ROLES_CLAIM = 'roles';

  /** `ci-managers=manager,ci-team=improver`; unset, the claim's values are product roles. */
  @IsOptional()
  @Matches(ROLE_MAP, {
    message: `AUTH_ROLE_MAP must be comma-separated idp-role=role pairs, roles one of ${ALL_ROLES.join(', ')}`,
  })
  AUTH_ROLE_MAP?: string;

  /**
   * The least time between two fetches of the JWKS: a token naming an unknown `kid` fetches it
   * again only after this long, so a flood of made-up `kid`s cannot hammer the identity provider.
   */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(60)
  AUTH_JWKS_COOLDOWN_SECONDS = 30;

  /** The console's client id at the identity provider (a public client using PKCE). */
  @IsOptional()
  @Matches(/^[\x21-\x7e]+$/, { message: 'AUTH_CONSOLE_CLIENT_ID must be printable ASCII' })
  AUTH_CONSOLE_CLIENT_ID = 'improvement-cycles-console';

  /** The scopes the console asks the identity provider for, space-separated. */
  @IsOptional()
  @Matches(/^[\x21-\x7e]+( [\x21-\x7e]+)*$/, {
    message: 'AUTH_CONSOLE_SCOPE must be scopes separated by single spaces',
  })
  AUTH_CONSOLE_SCOPE = 'openid profile email';

  /** Whether tokens are verified against an identity provider's keys. */
  identityProvider(): boolean {
    return Boolean(this.AUTH_ISSUER || this.AUTH_JWKS_URL);
  }

  /**
   * Why the identity provider's settings are unsafe to start with, one line per variable to fix:
   * without an audience any token the provider issued for another of its clients gets in; without
   * an issuer any issuer signing with those keys does; over plain http keys can be swapped.
   */
  identityProviderProblems(): string[] {
    if (!this.identityProvider()) {
      return [];
    }
    const problems: string[] = [];
    if (!this.AUTH_AUDIENCE) {
      problems.push(
        'AUTH_AUDIENCE is required with an identity provider: the `aud` its tokens for this service carry (otherwise a token it issued for any other client would be accepted)',
      );
    }
    if (this.AUTH_JWKS_URL && !this.AUTH_ISSUER) {
      problems.push(
        'AUTH_ISSUER is required with AUTH_JWKS_URL: the `iss` its tokens carry (otherwise any issuer signing with those keys would be accepted)',
      );
    }
    for (const [name, url] of [
      ['AUTH_ISSUER', this.AUTH_ISSUER],
      ['AUTH_JWKS_URL', this.AUTH_JWKS_URL],
    ] as const) {
      if (url && plainHttpOffMachine(url)) {
        problems.push(
          `${name} must be an https URL: plain http is accepted only on this machine (localhost, 127.0.0.0/8, ::1)`,
        );
      }
    }
    return problems;
  }

  /** AUTH_ROLE_MAP as a map; undefined when unset (the claim's values are taken as they are). */
  roleMap(): Map<string, Role> | undefined {
    if (!this.AUTH_ROLE_MAP) {
      return undefined;
    }
    return new Map(
      this.AUTH_ROLE_MAP.split(',').map((pair) => {
        const [from = '', to = ''] = pair.split('=');
        return [from, to as Role];
      }),
    );
  }
}
