import type { DataSource } from 'typeorm';
import { Role } from '@app/domain';
import { ServiceRepository } from '@app/persistence';
import { createServiceRow, openTestDataSource } from '../support/catalog-rows';

describe('criteria changes on the catalog chain', () => {
  let dataSource: DataSource;
  let services: ServiceRepository;
  const change = (requestId: string) => ({
    actor: { id: 'iris', roles: [Role.Improver] },
    requestId,
  });

  beforeAll(async () => {
    dataSource = await openTestDataSource(4);
    services = new ServiceRepository(dataSource);
  });
  afterAll(async () => {
    await dataSource.destroy();
  });

  it('records two changes made in the same millisecond, even under one request id', async () => {
    const service = await createServiceRow(dataSource, change('setup'));
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
