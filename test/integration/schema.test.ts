import type { DataSource } from 'typeorm';
import { pendingSchemaChanges } from '@app/persistence';
import { openTestDataSource } from '../support/catalog-rows';

describe('the committed migrations', () => {
  let dataSource: DataSource;
  beforeAll(async () => {
    dataSource = await openTestDataSource(1);
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
