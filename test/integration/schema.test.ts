import { DataSource } from 'typeorm';
import { dataSourceOptions, pendingSchemaChanges } from '@app/persistence';
import { testEnvironment } from '../support/test-environment';

describe('the committed migrations', () => {
  let dataSource: DataSource;
  beforeAll(async () => {
    dataSource = await new DataSource(
      dataSourceOptions({ url: testEnvironment().databaseUrl, poolSize: 1 }),
    ).initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
  });

  it('describe the entities exactly: generating a migration would produce nothing', async () => {
    expect(await pendingSchemaChanges(dataSource)).toEqual([]);
  });

  it('are all applied, and none is pending', async () => {
    expect(await dataSource.showMigrations()).toBe(false);
  });
});
