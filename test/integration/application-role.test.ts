import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Role } from '@app/domain';
import {
  AreaRepository,
  AuditRepository,
  CATALOG_CHAIN,
  dataSourceOptions,
} from '@app/persistence';
import { testEnvironment } from '../support/test-environment';

describe('the application role (DATABASE_APP_ROLE=cycles_app)', () => {
  let app: DataSource;
  beforeAll(async () => {
    app = await new DataSource(
      dataSourceOptions({ url: testEnvironment().databaseUrl, poolSize: 2, role: 'cycles_app' }),
    ).initialize();
  });
  afterAll(async () => {
    await app.destroy();
  });

  it('writes the catalog and appends to the audit trail', async () => {
    const area = await new AreaRepository(app).create(
      `Role test ${randomUUID()}`,
      'back' as never,
      {
        actor: { id: 'ada', roles: [Role.Admin] },
        requestId: null,
      },
    );
    expect(area.id).toEqual(expect.any(String));
    expect((await app.query('SELECT current_user AS role'))[0]).toEqual({ role: 'cycles_app' });
  });

  it.each([
    ['UPDATE', `UPDATE audit_events SET action = 'forged' WHERE chain = 'catalog'`],
    ['DELETE', `DELETE FROM audit_events WHERE chain = 'catalog'`],
    ['TRUNCATE', 'TRUNCATE audit_events'],
  ])('has no right to %s the audit trail', async (_verb, sql) => {
    await expect(app.query(sql)).rejects.toMatchObject({ driverError: { code: '42501' } });
  });

  it('leaves the catalog chain whole however many writers append at once', async () => {
    const areas = new AreaRepository(app);
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        areas.create(`Concurrent ${i} ${randomUUID()}`, (i % 2 ? 'front' : 'back') as never, {
          actor: { id: 'ada', roles: [Role.Admin] },
          requestId: `r${i}`,
        }),
      ),
    );
    const verified = await new AuditRepository(app).verify(CATALOG_CHAIN);
    expect(verified).toEqual({
      valid: true,
      events: expect.any(Number),
      headHash: expect.any(String),
    });
    expect(verified.events).toBeGreaterThanOrEqual(21);
  });
});
