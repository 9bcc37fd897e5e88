import { serviceAccountActorId } from '../identity/person-id';
import { Role } from './actor';
import { CycleFailureType, CycleRuleViolation } from './cycle-failure';
import { requireDecidingPerson, requirePerson } from './cycle-input-rules';

describe('who may decide on a cycle', () => {
  const integration = { id: serviceAccountActorId('b2c4'), roles: [Role.Manager] };
  const manager = { id: 'manu', roles: [Role.Manager] };

  const refusalOf = (check: () => void): CycleRuleViolation | undefined => {
    try {
      check();
    } catch (error) {
      return error as CycleRuleViolation;
    }
    return undefined;
  };

  it('refuses a service account, whatever its roles, naming what it tried', () => {
    const refusal = refusalOf(() => requireDecidingPerson(integration, 'cancel a cycle'));
    expect(refusal).toBeInstanceOf(CycleRuleViolation);
    expect(refusal?.type).toBe(CycleFailureType.ServiceAccountCannotDecide);
    expect(refusal?.message).toBe('only a person may cancel a cycle, never a service account');
  });

  it('lets a person through', () => {
    expect(refusalOf(() => requireDecidingPerson(manager, 'decide a gate'))).toBeUndefined();
  });

  it('still lets a service account do stage work, as before', () => {
    expect(refusalOf(() => requirePerson(integration))).toBeUndefined();
    expect(refusalOf(() => requirePerson({ id: 'system', roles: [] }))?.type).toBe(
      CycleFailureType.NotPermitted,
    );
  });
});
