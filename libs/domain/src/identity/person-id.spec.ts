import {
  actorIdProblem,
  isServiceAccountId,
  personIdProblem,
  serviceAccountActorId,
} from './person-id';

describe('person ids and service accounts', () => {
  const account = serviceAccountActorId('3f1c0a52-6a43-4c55-9d1e-0d9a4a0f5b11');

  it('names a service account by its prefix, and nothing else', () => {
    expect(account).toBe('service-account:3f1c0a52-6a43-4c55-9d1e-0d9a4a0f5b11');
    expect(isServiceAccountId(account)).toBe(true);
    expect(isServiceAccountId('service-account:')).toBe(true);
    for (const other of ['ana', 'Service-Account:x', 'x-service-account:y', 42, undefined]) {
      expect([other, isServiceAccountId(other)]).toEqual([other, false]);
    }
  });

  it('refuses the service-account prefix in a person id, saying it is reserved', () => {
    expect(personIdProblem(account)).toMatch(/"service-account:" begins only service accounts/);
    expect(personIdProblem('service-account:')).toMatch(/service accounts/);
    // Only the exact prefix is reserved: ids are compared exactly as given.
    expect(personIdProblem('Service-Account:ana')).toBeUndefined();
    expect(personIdProblem('ana.service-account:1')).toBeUndefined();
  });

  it('keeps the other person-id rules', () => {
    expect(personIdProblem('system')).toMatch(/reserved for timer-driven events/);
    expect(personIdProblem('')).toMatch(/non-empty/);
    expect(personIdProblem('a'.repeat(201))).toMatch(/at most 200/);
    expect(personIdProblem('ana')).toBeUndefined();
  });

  it('lets a service account act on a cycle, as the workflow has always accepted', () => {
    expect(actorIdProblem(account)).toBeUndefined();
    expect(actorIdProblem('system')).toMatch(/reserved/);
  });
});
