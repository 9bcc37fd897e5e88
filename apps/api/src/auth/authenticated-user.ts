import type { Actor, Role } from '@app/domain';

/** The caller, from a verified bearer token. */
export interface AuthenticatedUser extends Actor {
  name?: string;
  roles: Role[];
}
