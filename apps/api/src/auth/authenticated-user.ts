import type { Actor, Role } from '@app/domain';

/** The caller, from a verified bearer token. */
export interface AuthenticatedUser extends Actor {
  name?: string;
  /** From the token's `email` claim, when it carries a usable one. */
  email?: string;
  roles: Role[];
}
