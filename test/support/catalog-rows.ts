import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AreaKind, Role } from '@app/domain';
import type { ChangeContext } from '@app/persistence';
import { AreaRepository, dataSourceOptions, ServiceRepository } from '@app/persistence';
import { testEnvironment } from './test-environment';

/** Who writes the rows a test needs before what it tests. */
export const loader = { actor: { id: 'loader', roles: [Role.Admin] }, requestId: null };

/** A data source on the test servers' PostgreSQL, as the service opens one. */
export function openTestDataSource(poolSize: number): Promise<DataSource> {
  return new DataSource(
    dataSourceOptions({ url: testEnvironment().databaseUrl, poolSize }),
  ).initialize();
}

/** A service, with a new back area providing it to a new front area, through the repositories. */
export async function createServiceRow(dataSource: DataSource, change: ChangeContext = loader) {
  const areas = new AreaRepository(dataSource);
  const back = await areas.create(`Back ${randomUUID()}`, AreaKind.Back, change);
  const front = await areas.create(`Front ${randomUUID()}`, AreaKind.Front, change);
  return new ServiceRepository(dataSource).create(
    {
      name: `Service ${randomUUID()}`,
      description: null,
      providerAreaId: back.id,
      consumerAreaIds: [front.id],
      standardDescription: null,
      standardResponseTimeHours: null,
      critical: false,
    },
    change,
  );
}
