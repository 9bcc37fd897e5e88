import type { DataSource } from 'typeorm';

/**
 * The SQL that would bring the database in line with the entities: empty when the committed
 * migrations describe the entities exactly (what `migration:generate` would write).
 */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<string[]> {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  return sql.upQueries.map((query) => query.query);
}

export async function revertSchemaChanges(dataSource: DataSource): Promise<string[]> {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  return sql.downQueries.map((query) => query.query).reverse();
}
