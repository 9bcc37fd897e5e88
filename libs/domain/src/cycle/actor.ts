export enum Role {
  Improver = 'improver',
  Manager = 'manager',
  Auditor = 'auditor',
  Admin = 'admin',
}

export const ALL_ROLES: readonly Role[] = Object.values(Role);

/** Who did something: a user from a token, or `system` for timer-driven transitions. */
export interface Actor {
  id: string;
  name?: string;
  roles: Role[];
}

export const SYSTEM_ACTOR: Readonly<Actor> = Object.freeze({ id: 'system', roles: [] });
