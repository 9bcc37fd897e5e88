import { ErrorCode } from '../errors/domain-error';
import { catalogChange, requireCurrentVersion, versionTag } from './catalog-change';

const SERVICE = {
  id: 'service-1',
  name: 'Payroll',
  description: null,
  standard: { description: 'Answer in a day', responseTimeHours: 24 },
  critical: false,
  consumerAreaIds: ['area-a', 'area-b'],
  createdAt: '2026-01-01T00:00:00.000Z',
};

describe('catalogChange', () => {
  it('holds only the fields that changed, before and after, at the next version', () => {
    const change = catalogChange('service-1', 3, SERVICE, {
      ...SERVICE,
      name: 'Payroll and benefits',
      consumerAreaIds: ['area-a'],
    });

    expect(change).toEqual({
      id: 'service-1',
      version: 4,
      before: { name: 'Payroll', consumerAreaIds: ['area-a', 'area-b'] },
      after: { name: 'Payroll and benefits', consumerAreaIds: ['area-a'] },
    });
  });

  it('is null when nothing changed, so no new version is made', () => {
    expect(catalogChange('service-1', 1, SERVICE, { ...SERVICE })).toBeNull();
  });

  it('does not count the order of an object’s keys as a change', () => {
    const reordered = {
      ...SERVICE,
      standard: { responseTimeHours: 24, description: 'Answer in a day' },
    };
    expect(catalogChange('service-1', 1, SERVICE, reordered)).toBeNull();
  });

  it('records a nested value whole when any part of it changed', () => {
    const change = catalogChange('service-1', 1, SERVICE, {
      ...SERVICE,
      standard: { description: 'Answer in a day' },
    });

    expect(change?.before).toEqual({ standard: SERVICE.standard });
    expect(change?.after).toEqual({ standard: { description: 'Answer in a day' } });
  });

  it('records a cleared field as null, before or after', () => {
    const cleared = catalogChange('service-1', 1, SERVICE, { ...SERVICE, standard: null });
    const set = catalogChange('service-1', 1, SERVICE, { ...SERVICE, description: 'Pays people' });

    expect(cleared).toMatchObject({
      before: { standard: SERVICE.standard },
      after: { standard: null },
    });
    expect(set).toMatchObject({
      before: { description: null },
      after: { description: 'Pays people' },
    });
  });

  it('never records the version or timestamps, even when they differ', () => {
    const change = catalogChange(
      'service-1',
      1,
      { ...SERVICE, version: 1 },
      { ...SERVICE, version: 2, createdAt: '2027-01-01T00:00:00.000Z', updatedAt: 'now' },
    );
    expect(change).toBeNull();
  });
});

describe('requireCurrentVersion', () => {
  const check =
    (ifMatch: string | undefined, current = 2) =>
    () =>
      requireCurrentVersion('service', 'service-1', current, ifMatch);

  it('accepts no If-Match, a wildcard, or the current version’s tag', () => {
    expect(check(undefined)).not.toThrow();
    expect(check('*')).not.toThrow();
    expect(check(versionTag(2))).not.toThrow();
    expect(check('W/"2"')).not.toThrow();
    expect(check('"1", "2"')).not.toThrow();
  });

  it('refuses a stale or unreadable version as a failed precondition, naming the current one', () => {
    for (const stale of ['"1"', '"3"', '2', 'W/"1"', '']) {
      expect(check(stale)).toThrow(
        expect.objectContaining({
          code: ErrorCode.PreconditionFailed,
          message: expect.stringContaining('is at version 2') as unknown,
        }) as Error,
      );
    }
  });
});
