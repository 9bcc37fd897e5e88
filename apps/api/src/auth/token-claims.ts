import type { JWTPayload } from 'jose';
import type { Role } from '@app/domain';
import { ALL_ROLES, isStorableText, personIdProblem } from '@app/domain';
import type { AuthenticatedUser } from './authenticated-user';

export class InvalidTokenError extends Error {}

/** Longest display name kept from a token's `name` claim. */
export const TOKEN_NAME_MAX_LENGTH = 200;

/** Longest email address kept (RFC 5321's path limit). */
export const EMAIL_MAX_LENGTH = 320;

/** Where a token's roles are and what they mean in the product. */
export interface RoleClaim {
  /** Dot path of the claim, e.g. `realm_access.roles`. */
  path: string;
  /** Identity-provider roles to product roles; unset, the values are product roles. */
  map?: ReadonlyMap<string, string>;
}

/** The caller a verified token names: its `sub`, display name and product roles. */
export function userFromClaims(claims: JWTPayload, roleClaim: RoleClaim): AuthenticatedUser {
  const { sub, name, email } = claims;
  if (typeof sub !== 'string' || sub.length === 0) {
    throw new InvalidTokenError('token has no sub');
  }
  // The sub becomes the actor of audit events and workflow commands: the person-id rule applies.
  const subProblem = personIdProblem(sub);
  if (subProblem) {
    throw new InvalidTokenError(`its sub is refused: ${subProblem}`);
  }
  // No product role is no error: a signed-in person (an initiative's owner, say) may still see
  // their own profile and work; the guard answers 403 everywhere else.
  const roles = productRoles(claimAt(claims, roleClaim.path), roleClaim.map);
  return {
    id: sub,
    ...(isDisplayName(name) ? { name } : {}),
    ...(isEmail(email) ? { email } : {}),
    roles,
  };
}

function claimAt(claims: JWTPayload, path: string): unknown {
  let value: unknown = claims;
  for (const key of path.split('.')) {
    value =
      typeof value === 'object' && value !== null && Object.hasOwn(value, key)
        ? (value as Record<string, unknown>)[key]
        : undefined;
  }
  return value;
}

/** The product roles a claim grants: a list of names, or one name, mapped when a map is set. */
function productRoles(claim: unknown, map: ReadonlyMap<string, string> | undefined): Role[] {
  const names = Array.isArray(claim) ? claim : [claim];
  const roles = names
    .filter((name): name is string => typeof name === 'string')
    .map((name) => (map ? map.get(name) : name))
    .filter((role): role is Role => ALL_ROLES.includes(role as Role));
  return [...new Set(roles)];
}

/**
 * A display name is a courtesy, not an identity: one too long or not storable is dropped (the
 * caller stays who the `sub` says) rather than locking its holder out over a cosmetic claim.
 */
function isDisplayName(name: unknown): name is string {
  return (
    typeof name === 'string' &&
    name.length > 0 &&
    name.length <= TOKEN_NAME_MAX_LENGTH &&
    isStorableText(name)
  );
}

/** Like the name, an email the product cannot use is dropped, not held against the caller. */
function isEmail(email: unknown): email is string {
  return (
    typeof email === 'string' &&
    email.length <= EMAIL_MAX_LENGTH &&
    /^[^\s@]+@[^\s@]+$/.test(email) &&
    isStorableText(email)
  );
}
