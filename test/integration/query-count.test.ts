import { randomUUID } from 'node:crypto';
import type { Logger, QueryRunner } from 'typeorm';
import { DataSource } from 'typeorm';
import {
  dataSourceOptions,
  PrioritizationRepository,
  ServiceMatrixRepository,
} from '@app/persistence';
import { testEnvironment } from '../support/test-environment';

/** Counts the statements a data source sends, as pg_stat_statements would. */
class CountingLogger implements Logger {
  count = 0;
  logQuery(_query: string, _parameters?: unknown[], _runner?: QueryRunner): void {
    this.count += 1;
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

describe('prioritization and the service matrix on PostgreSQL', () => {
  const logger = new CountingLogger();
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = await new DataSource({
      ...dataSourceOptions({ url: testEnvironment().databaseUrl, poolSize: 2 }),
      logging: ['query'],
      logger,
    }).initialize();
    // Enough catalog that a query per service or per cell would show.
    await dataSource.query(`
      WITH back AS (INSERT INTO areas (name, kind) VALUES ('qc-back-${randomUUID()}', 'back') RETURNING id),
           front AS (INSERT INTO areas (name, kind) VALUES ('qc-front-${randomUUID()}', 'front') RETURNING id),
           made AS (INSERT INTO services (name, provider_area_id) SELECT 'qc-' || n || '-${randomUUID()}', back.id FROM back, generate_series(1, 30) n RETURNING id)
      INSERT INTO service_consumers (service_id, area_id) SELECT made.id, front.id FROM made, front`);
  });
  afterAll(async () => {
    await dataSource.destroy();
  });

  it('ranks every service with one SQL statement', async () => {
    logger.count = 0;
    const inputs = await new PrioritizationRepository(dataSource).inputs(null, null);
    expect(inputs.services.length).toBeGreaterThanOrEqual(30);
    expect(logger.count).toBe(1);
  });

  it('builds the whole matrix with one SQL statement', async () => {
    logger.count = 0;
    const cells = await new ServiceMatrixRepository(dataSource).cells();
    expect(cells.length).toBeGreaterThanOrEqual(30);
    expect(logger.count).toBe(1);
  });
});
