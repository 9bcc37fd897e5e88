import { randomUUID } from 'node:crypto';
import type { Actor, DelegationGrant } from '@app/domain';
import { Role } from '@app/domain';

/** The people of the approval-policy workflow tests: one improver, four managers. */
const improver = (id: string): Actor => ({ id, roles: [Role.Improver] });
const manager = (id: string): Actor => ({ id, roles: [Role.Manager] });
export const iris = improver('iris');
export const ana = manager('ana');
export const ben = manager('ben');
export const carla = manager('carla');
export const dora = manager('dora');

export const HOUR = 60 * 60 * 1000;
/** Delegations the database holds: a grant not among them is one a caller made up. */
export const issued = new Set<string>();
export const grant = (
  delegator: Actor,
  fromMs: number,
  toMs: number,
  delegate: Actor = dora,
  { forged } = { forged: false },
): DelegationGrant => {
  const id = randomUUID();
  if (!forged) {
    issued.add(id);
  }
  return {
    id,
    delegatorId: delegator.id,
    delegateId: delegate.id,
    startsAt: new Date(Date.now() + fromMs).toISOString(),
    endsAt: new Date(Date.now() + toMs).toISOString(),
  };
};
