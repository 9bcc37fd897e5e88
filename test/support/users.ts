import { Role } from '@app/domain';

/** Callers the tests act as, one per role. */
export const users = {
  improver: { sub: 'iris-improver', roles: [Role.Improver] },
  manager: { sub: 'manu-manager', roles: [Role.Manager] },
  auditor: { sub: 'aldo-auditor', roles: [Role.Auditor] },
  admin: { sub: 'ada-admin', roles: [Role.Admin] },
};
