import { Client } from 'pg';
import { testEnvironment } from './test-environment';

/** Reads the test database directly, as an operator with psql would. */
export async function queryDatabase<T = Record<string, unknown>>(
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new Client({ connectionString: testEnvironment().databaseUrl });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}
