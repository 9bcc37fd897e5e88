import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AreaKind, Role } from '@app/domain';
import { AreaRepository, dataSourceOptions, ServiceRepository } from '@app/persistence';
import { testEnvironment } from '../support/test-environment';

describe('criteria changes on the catalog chain', () => {
  let dataSource: DataSource;
  let services: ServiceRepository;
  const change = (requestId: string) => ({
    actor: { id: 'iris', roles: [Role.Improver] },
    requestId,
  });

  beforeAll(async () => {
    dataSource = await new DataSource(
      dataSourceOptions({ url: testEnvironment().databaseUrl, poolSize: 4 }),
    ).initialize();
    services = new ServiceRepository(dataSource);
  });
  afterAll(async () => {
    await dataSource.destroy();
  });

  it('records two changes made in the same millisecond, even under one request id', async () => {
    const areas = new AreaRepository(dataSource);
    const loader = change('setup');
    const back = await areas.create(`Back ${randomUUID()}`, AreaKind.Back, loader);
    const front = await areas.create(`Front ${randomUUID()}`, AreaKind.Front, loader);
    const service = await services.create(
      {
        name: `Service ${randomUUID()}`,
        description: null,
        providerAreaId: back.id,
        consumerAreaIds: [front.id],
        standardDescription: null,
        standardResponseTimeHours: null,
        critical: false,
      },
      loader,
    );
    const criteria = (value: number) => ({
      strategyImpact: value,
      marginsInvolved: value,
      easeOfTransformation: value,
    });

    // Every Date.now() answers the same millisecond, as two quick changes may see it.
    const frozen = jest.spyOn(Date, 'now').mockReturnValue(Date.parse('2026-11-22T10:00:00Z'));
    try {
      await Promise.all([
        services.setCriteria(service.id, criteria(2), change('req-a')),
        services.setCriteria(service.id, criteria(3), change('req-b')),
        services.setCriteria(service.id, criteria(4), change('req-reused')),
        services.setCriteria(service.id, criteria(5), change('req-reused')),
      ]);
    } finally {
      frozen.mockRestore();
    }

    const rows = await dataSource.query<{ request_id: string; data: { after: unknown } }[]>(
      `SELECT request_id, data FROM audit_events
       WHERE chain = 'catalog' AND action = 'service_criteria_set' AND data->>'serviceId' = $1
       ORDER BY seq`,
      [service.id],
    );
    expect(
      rows
        .map((row) => row.data.after)
        .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    ).toEqual([criteria(2), criteria(3), criteria(4), criteria(5)]);
    expect(rows.map((row) => row.request_id).sort()).toEqual([
      'req-a',
      'req-b',
      'req-reused',
      'req-reused',
    ]);
  });
});
